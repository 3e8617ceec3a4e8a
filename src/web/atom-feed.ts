import type { Locale } from '../i18n/locales'
import { escapeHtml } from './html'

export type AtomEntry = { url: string; title: string; language: Locale; published: string; updated: string; summary: string }

export type AtomFeed = {
  locale: Locale
  /** The feed's own address and the list page it follows. */
  self: string
  alternate: string
  title: string
  updated: string
  entries: readonly AtomEntry[]
}

/** An Atom feed (RFC 4287); each entry carries xml:lang of the language it is shown in. */
export function atomFeed(feed: AtomFeed): string {
  const e = escapeHtml
  const iso = (d: string) => e(new Date(d).toISOString())
  const entries = feed.entries
    .map(
      (item) => `  <entry xml:lang="${item.language}">
    <id>${e(item.url)}</id>
    <title>${e(item.title)}</title>
    <link rel="alternate" type="text/html" href="${e(item.url)}"/>
    <published>${iso(item.published)}</published>
    <updated>${iso(item.updated)}</updated>
    <summary>${e(item.summary)}</summary>
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">
  <id>${e(feed.self)}</id>
  <title>${e(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>
  <updated>${iso(feed.updated)}</updated>
  <author><name>${e(feed.title)}</name></author>
${entries}
</feed>
`
}
