import type { Payload } from 'payload'
import type { WorkflowState } from '../../features/practices/vocabulary'
import { blocksToLexical } from '../../rich-text/blocks-to-lexical'
import type { PracticeSeed, PracticeText } from '../data/practice-types'
import { localizedCreate } from './localized-create'

export type PracticeRefs = { themes: Map<string, number>; organisations: Map<string, number> }

/** The localized fields of one language of a practice. */
export function practiceTextFields(t: PracticeText): Record<string, unknown> {
  return {
    title: t.title,
    summary: t.summary,
    challenge: blocksToLexical(t.challenge),
    goals: blocksToLexical(t.goals),
    howItWorks: blocksToLexical(t.howItWorks),
    results: blocksToLexical(t.results),
    participantVoice: t.participantVoice,
    indicators: t.indicators,
    resources: t.resources,
    transferability: blocksToLexical(t.transferability),
    dos: t.dos.join('\n'),
    donts: t.donts.join('\n'),
  }
}

/** The shared (non-localized) fields of a practice. */
export function practiceSharedFields(seed: Omit<PracticeSeed, 'translations'>, refs: PracticeRefs): Record<string, unknown> {
  return {
    slug: seed.slug,
    country: seed.country,
    region: seed.region,
    municipality: seed.municipality,
    organisations: seed.organisations.map((k) => refs.organisations.get(k)).filter((id): id is number => id !== undefined),
    partners: seed.partners,
    themes: seed.themes.map((k) => refs.themes.get(k)).filter((id): id is number => id !== undefined),
    targetGroups: seed.targetGroups,
    actorType: seed.actorType,
    startDate: seed.startDate,
    endDate: seed.endDate,
    runState: seed.runState,
    evaluation: seed.evaluation,
    evidenceLevel: seed.evidenceLevel,
    contact: seed.contact,
    links: seed.links,
    originalLanguage: seed.originalLanguage,
    criteriaMet: seed.criteriaMet,
  }
}

/** Creates a practice directly in a workflow state (editorial content; seeding skips notifications). */
export function createPractice(
  payload: Payload,
  seed: PracticeSeed,
  refs: PracticeRefs,
  state: WorkflowState = 'published',
  extra: Record<string, unknown> = {},
): Promise<number> {
  return localizedCreate(payload, {
    collection: 'practices',
    shared: { ...practiceSharedFields(seed, refs), workflowStatus: state, ...extra },
    translations: seed.translations,
    toFields: practiceTextFields,
    context: { seeding: true },
  })
}
