import type { Payload } from 'payload'
import { images } from './data/images'
import { news } from './data/news'
import { organisations } from './data/organisations'
import { pages } from './data/pages'
import { practicesA } from './data/practices-a'
import { practicesB } from './data/practices-b'
import { replicationsA } from './data/replications-a'
import { replicationsB } from './data/replications-b'
import { submissions } from './data/submissions'
import { themes } from './data/themes'
import { createImage } from './factories/create-image'
import { createNews, type SeedRefs } from './factories/create-news'
import { createPage } from './factories/create-page'
import { createTheme } from './factories/create-theme'
import { createOrganisation } from './factories/create-organisation'
import { createPractice, type PracticeRefs } from './factories/create-practice'
import { createReplication } from './factories/create-replication'
import { createSubmission } from './factories/create-submission'
import { seedEvents } from './seed-events'
import { seedNewsletter } from './seed-newsletter'

/** Loads the demo content written for this site: themes, pages, illustrated news in six languages, the idea bank, the events calendar and the newsletter. */
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
  const organisationIds = await seedIdeaBank(payload, refs.themes, log)
  await seedEvents(payload, { themes: refs.themes, organisations: organisationIds }, new Date(), log)
  await seedNewsletter(payload, new Date(), log)
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

/** The idea bank: organisations, published practices, proposals in each workflow state, replications. */
export async function seedIdeaBank(payload: Payload, themeIds: Map<string, number>, log: (msg: string) => void = () => {}): Promise<Map<string, number>> {
  const refs: PracticeRefs = { themes: themeIds, organisations: new Map() }
  for (const o of organisations) refs.organisations.set(o.key, await createOrganisation(payload, o))
  log(`seed: ${organisations.length} organisations`)
  const practiceIds = new Map<string, number>()
  for (const p of [...practicesA, ...practicesB]) practiceIds.set(p.slug, await createPractice(payload, p, refs))
  log(`seed: ${practiceIds.size} practices`)
  for (const s of submissions) await createSubmission(payload, s, refs)
  for (const r of [...replicationsA, ...replicationsB]) await createReplication(payload, r, practiceIds)
  log(`seed: ${submissions.length} proposals and ${replicationsA.length + replicationsB.length} replication reports`)
  return refs.organisations
}
