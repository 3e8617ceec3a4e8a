import type { Locale } from '../../../i18n/locales'
import { escapeHtml } from '../../../web/html'
import type { NewsCard } from '../news-view'

type FeedArgs = { locale: Locale; publicUrl: string; title: string; items: NewsCard[]; updated: string }

/** An Atom feed; each entry carries xml:lang of the language it is shown in. */
export function newsFeed({ locale, publicUrl, title, items, updated }: FeedArgs): string {
  const e = escapeHtml
  const self = `${publicUrl}/${locale}/news/feed.xml`
  const entries = items
    .map((item) => {
      const url = `${publicUrl}/${locale}/news/${item.slug}`
      return `  <entry xml:lang="${item.shown.language}">
    <id>${e(url)}</id>
    <title>${e(item.title)}</title>
    <link rel="alternate" type="text/html" href="${e(url)}"/>
    <published>${e(new Date(item.publishedAt).toISOString())}</published>
    <updated>${e(new Date(item.publishedAt).toISOString())}</updated>
    <summary>${e(item.summary)}</summary>
  </entry>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${e(self)}</id>
  <title>${e(title)}</title>
  <link rel="self" type="application/atom+xml" href="${e(self)}"/>
  <link rel="alternate" type="text/html" href="${e(`${publicUrl}/${locale}/news`)}"/>
  <updated>${e(updated)}</updated>
  <author><name>${e(title)}</name></author>
${entries}
</feed>
`
}
