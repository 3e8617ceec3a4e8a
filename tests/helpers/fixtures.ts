import type { Payload } from 'payload'
import { themes } from '../../src/seed/data/themes'
import type { PracticeSeed } from '../../src/seed/data/practice-types'
import type { NewsSeed } from '../../src/seed/data/types'
import { createNews, type SeedRefs } from '../../src/seed/factories/create-news'
import { createTheme } from '../../src/seed/factories/create-theme'

/** The demo themes plus no images: enough shared reference data for most tests. */
export async function createThemes(payload: Payload): Promise<SeedRefs> {
  const refs: SeedRefs = { themes: new Map(), images: new Map() }
  for (const t of themes) refs.themes.set(t.key, await createTheme(payload, t))
  return refs
}

let counter = 0
/** A news seed with sensible defaults; override what the test is about. */
export function newsSeed(overrides: Partial<NewsSeed> = {}): NewsSeed {
  counter++
  return {
    slug: `test-news-${counter}`,
    publishedAt: `2026-0${1 + (counter % 9)}-1${counter % 10}`,
    themes: ['housing'],
    countries: ['SE'],
    translations: {
      sv: { title: `Svensk nyhet ${counter}`, summary: 'En sammanfattning.', body: [{ type: 'p', text: 'Brödtext.' }] },
      en: { title: `English news ${counter}`, summary: 'A summary.', body: [{ type: 'p', text: 'Body text.' }] },
    },
    ...overrides,
  }
}

export { createNews }

/** A practice seed with sensible defaults; override what the test is about. */
export function practiceSeed(overrides: Partial<PracticeSeed> = {}): PracticeSeed {
  counter++
  const text = (title: string) => ({
    title,
    summary: `Summary of ${title}.`,
    challenge: [{ type: 'p' as const, text: 'The challenge.' }],
    goals: [{ type: 'p' as const, text: 'The goals.' }],
    howItWorks: [{ type: 'p' as const, text: 'How it works.' }],
    results: [{ type: 'p' as const, text: 'The results.' }],
    participantVoice: 'It helped me.',
    indicators: 'Jobs after a year.',
    resources: 'Two staff.',
    transferability: [{ type: 'p' as const, text: 'Works elsewhere.' }],
    dos: ['Start small'],
    donts: ['Skip the follow-up'],
  })
  return {
    slug: `test-practice-${counter}`,
    country: 'SE',
    municipality: 'Malmö',
    organisations: [],
    themes: ['labour-market'],
    targetGroups: ['youth'],
    actorType: 'municipality',
    startDate: '2020-01-01',
    runState: 'ongoing',
    evaluation: 'internal',
    evidenceLevel: 'promising',
    originalLanguage: 'sv',
    criteriaMet: ['clear-goals'],
    contact: { name: 'Anna Test', role: 'Coordinator', email: 'anna@test.example', consent: false },
    translations: { sv: text(`Praktik ${counter}`), en: text(`Practice ${counter}`) },
    ...overrides,
  }
}

/** The smallest PDF that Payload's content check accepts as application/pdf. */
export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n', 'latin1')
