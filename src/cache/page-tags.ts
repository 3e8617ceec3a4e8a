import { collectionTag, documentTag } from './page-cache'

/**
 * What each public page shows, so a change removes only the pages that include it (see
 * cache/page-cache.ts). Every page also shows the site settings (footer, current theme): a change
 * to a global clears the whole cache, so globals need no tag here. A page that declares no tags
 * depends on everything.
 */
const media = collectionTag('media')
const themes = collectionTag('themes')
const news = collectionTag('news')
const practices = collectionTag('practices')

export const pageTags = {
  /** The sections: search and entry counts, featured and recent practices, the current theme, the latest news. */
  home: [news, themes, media, practices, collectionTag('replications'), collectionTag('events')],
  /** Lists, feed and articles (an article lists its themes; its neighbours can change its links). */
  news: [news, themes, media],
  /** Facet counts, related practices and replications make every practice page depend on them all. */
  practices: [practices, collectionTag('replications'), collectionTag('organisations'), themes, media, collectionTag('attachments')],
  themes: [themes, news, practices, media, collectionTag('events')],
  organisations: [collectionTag('organisations'), practices, collectionTag('events')],
  /** The calendar, feeds and event pages (themes, organisers, seats left, slides, practices discussed). */
  events: [collectionTag('events'), themes, collectionTag('organisations'), collectionTag('registrations'), media, practices, collectionTag('attachments')],
  /** The newsletter archive: its list, feed and issue pages show only sent issues (and their images). */
  newsletter: [collectionTag('newsletter-issues'), media],
  /** A stand-alone page (about, privacy) shows only itself and its images. */
  page: (id: number | string): string[] => [documentTag('pages', id), media],
  /** Error pages (404 and the like) show only the layout: the site settings, a global. */
  errorPage: [],
} as const
