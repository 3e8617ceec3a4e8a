import type { Payload } from 'payload'
import { images } from './data/images'
import { news } from './data/news'
import { pages } from './data/pages'
import { themes } from './data/themes'
import { createImage } from './factories/create-image'
import { createNews, type SeedRefs } from './factories/create-news'
import { createPage } from './factories/create-page'
import { createTheme } from './factories/create-theme'

/** Loads the demo content written for this site: themes, pages, illustrated news in six languages. */
export async function seedDemo(payload: Payload, log: (msg: string) => void = () => {}): Promise<void> {
  const refs: SeedRefs = { themes: new Map(), images: new Map() }
  for (const t of themes) refs.themes.set(t.key, await createTheme(payload, t))
  log(`seed: ${themes.length} themes`)
  for (const img of images) refs.images.set(img.key, await createImage(payload, img))
  log(`seed: ${images.length} images`)
  for (const p of pages) await createPage(payload, p)
  log(`seed: ${pages.length} pages`)
  for (const [i, n] of news.entries()) {
    await createNews(payload, n, refs)
    if ((i + 1) % 10 === 0) log(`seed: ${i + 1}/${news.length} news items`)
  }
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      currentTheme: refs.themes.get('housing'),
      contactEmail: 'info@example.org',
      socialLinks: [
        { label: 'LinkedIn', url: 'https://www.linkedin.com/' },
        { label: 'Mastodon', url: 'https://mastodon.social/' },
      ],
    },
    overrideAccess: true,
  })
  log(`seed: ${news.length} news items and site settings`)
}
