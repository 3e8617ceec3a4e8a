import type { Locale } from '../../../../i18n/locales'
import { escapeHtml } from '../../../../web/html'
import type { EventCard } from '../event-view'

type FeedArgs = { locale: Locale; publicUrl: string; title: string; items: EventCard[]; when: (e: EventCard) => string }

/** An Atom feed of new events, newest first; each entry carries xml:lang of the language it is shown in. */
export function eventsAtom({ locale, publicUrl, title, items, when }: FeedArgs): string {
  const e = escapeHtml
  const self = `${publicUrl}/${locale}/events/feed.xml`
  const updated = items.reduce((latest, i) => (i.updatedAt > latest ? i.updatedAt : latest), '1970-01-01T00:00:00.000Z')
  const entries = items
    .map((item) => {
      const url = `${publicUrl}/${locale}/events/${item.slug}`
      return `  <entry xml:lang="${item.shown.language}">
    <id>${e(url)}</id>
    <title>${e(item.title)}</title>
    <link rel="alternate" type="text/html" href="${e(url)}"/>
    <published>${e(new Date(item.createdAt).toISOString())}</published>
    <updated>${e(new Date(item.updatedAt).toISOString())}</updated>
    <summary>${e([when(item), item.summary].filter(Boolean).join(' — '))}</summary>
  </entry>`
    })
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${e(self)}</id>
  <title>${e(title)}</title>
  <link rel="self" type="application/atom+xml" href="${e(self)}"/>
  <link rel="alternate" type="text/html" href="${e(`${publicUrl}/${locale}/events`)}"/>
  <updated>${e(new Date(updated).toISOString())}</updated>
  <author><name>${e(title)}</name></author>
${entries}
</feed>
`
}
