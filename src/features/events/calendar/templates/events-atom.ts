import type { Locale } from '../../../../i18n/locales'
import { atomFeed } from '../../../../web/atom-feed'
import type { EventCard } from '../event-view'

type FeedArgs = { locale: Locale; publicUrl: string; title: string; items: EventCard[]; when: (e: EventCard) => string }

/** New events as an Atom feed, newest first; each summary starts with when it takes place. */
export function eventsAtom({ locale, publicUrl, title, items, when }: FeedArgs): string {
  return atomFeed({
    locale,
    self: `${publicUrl}/${locale}/events/feed.xml`,
    alternate: `${publicUrl}/${locale}/events`,
    title,
    updated: items.reduce((latest, i) => (i.updatedAt > latest ? i.updatedAt : latest), '1970-01-01T00:00:00.000Z'),
    entries: items.map((item) => ({
      url: `${publicUrl}/${locale}/events/${item.slug}`,
      title: item.title,
      language: item.shown.language,
      published: item.createdAt,
      updated: item.updatedAt,
      summary: [when(item), item.summary].filter(Boolean).join(' — '),
    })),
  })
}
