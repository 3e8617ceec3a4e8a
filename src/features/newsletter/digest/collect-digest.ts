import type { Payload } from 'payload'
import { anonymousReader } from '../../../domain/read-context'
import { shownLanguage, text } from '../../../domain/shown-language'
import type { Locale } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'
import { listNews } from '../../news/list-news'
import { listUpcomingEvents } from '../../events/calendar/list-upcoming-events'
import { eventWhen } from '../../events/event-when'
import type { DigestSection } from './digest-to-lexical'

const upcomingDays = 90

/**
 * What a digest in one language reports, read as an anonymous reader (nothing unpublished can
 * enter a newsletter): the current theme, news and newly published practices since `since`, and
 * events in the next 90 days. Each link is in the reader's language or its fallback.
 */
export async function collectDigest(payload: Payload, locale: Locale, since: Date, now: Date): Promise<DigestSection[]> {
  const ctx = anonymousReader(payload, locale)
  const base = `${payload.config.serverURL}/${locale}`
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key)

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 1, locale: 'all', overrideAccess: false })
  const theme = typeof settings.currentTheme === 'object' && settings.currentTheme ? settings.currentTheme : undefined
  const themeShown = theme && shownLanguage(locale, theme.title)
  const themeLinks = theme && themeShown ? [{ title: text(theme.title, themeShown.language), url: `${base}/themes/${theme.slug}`, note: '', language: themeShown.language }] : []

  const news = (await listNews(ctx, { limit: 20 }))?.items.filter((n) => new Date(n.publishedAt) >= since) ?? []

  // When a practice was published is in its workflow history, an editors' field: found with
  // overrideAccess, then read as the anonymous reader, so only what is public gets in.
  const publishedSince = await payload.find({
    collection: 'practices',
    where: { and: [{ 'history.to': { equals: 'published' } }, { 'history.at': { greater_than_equal: since.toISOString() } }] },
    limit: 50,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
  })
  const practiceDocs = await payload.find({
    collection: 'practices',
    locale: 'all',
    where: { id: { in: publishedSince.docs.map((d) => d.id) } },
    sort: '-updatedAt',
    limit: 20,
    depth: 0,
    select: { title: true, summary: true, slug: true },
    overrideAccess: false,
    user: null,
  })
  const practices = practiceDocs.docs.flatMap((p) => {
    const shown = shownLanguage(locale, p.title)
    return shown ? [{ title: text(p.title, shown.language), url: `${base}/practices/${p.slug}`, note: text(p.summary, shown.language), language: shown.language }] : []
  })

  const until = now.getTime() + upcomingDays * 24 * 60 * 60 * 1000
  const events = ((await listUpcomingEvents(ctx, { mine: false, page: 1 }, { now, limit: 20 }))?.items ?? []).filter((e) => Date.parse(e.startsAt) <= until)

  return [
    { heading: t('digest.theme'), links: themeLinks },
    { heading: t('digest.news'), links: news.map((n) => ({ title: n.title, url: `${base}/news/${n.slug}`, note: n.summary, language: n.shown.language })) },
    { heading: t('digest.practices'), links: practices },
    { heading: t('digest.events'), links: events.map((e) => ({ title: e.title, url: `${base}/events/${e.slug}`, note: eventWhen(locale, e.startsAt, e.endsAt, e.timeZone), language: e.shown.language })) },
  ]
}
