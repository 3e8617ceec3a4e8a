import type { Locale } from '../../../i18n/locales'
import { atomFeed } from '../../../web/atom-feed'
import type { NewsCard } from '../news-view'

type FeedArgs = { locale: Locale; publicUrl: string; title: string; items: NewsCard[]; updated: string }

/** The news as an Atom feed, newest first. */
export function newsFeed({ locale, publicUrl, title, items, updated }: FeedArgs): string {
  return atomFeed({
    locale,
    self: `${publicUrl}/${locale}/news/feed.xml`,
    alternate: `${publicUrl}/${locale}/news`,
    title,
    updated,
    entries: items.map((item) => ({
      url: `${publicUrl}/${locale}/news/${item.slug}`,
      title: item.title,
      language: item.shown.language,
      published: item.publishedAt,
      updated: item.publishedAt,
      summary: item.summary,
    })),
  })
}
