import type { Payload } from 'payload'

/** Every public path without the locale prefix; each exists in all six locales. */
export async function listPublicPaths(payload: Payload): Promise<{ path: string; lastmod?: string }[]> {
  const read = { overrideAccess: false, user: null, depth: 0, limit: 0, pagination: false } as const
  const [news, pages, themes, practices, organisations] = await Promise.all([
    payload.find({ collection: 'news', ...read, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'pages', ...read, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'themes', ...read, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'practices', ...read, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'organisations', ...read, select: { slug: true, updatedAt: true } }),
  ])
  return [
    { path: '/' },
    { path: '/news' },
    { path: '/themes' },
    { path: '/practices' },
    { path: '/practices/criteria' },
    { path: '/organisations' },
    ...practices.docs.map((d) => ({ path: `/practices/${d.slug}`, lastmod: d.updatedAt })),
    ...organisations.docs.map((d) => ({ path: `/organisations/${d.slug}`, lastmod: d.updatedAt })),
    ...themes.docs.map((d) => ({ path: `/themes/${d.slug}`, lastmod: d.updatedAt })),
    ...pages.docs.map((d) => ({ path: `/${d.slug}`, lastmod: d.updatedAt })),
    ...news.docs.map((d) => ({ path: `/news/${d.slug}`, lastmod: d.updatedAt })),
  ]
}
