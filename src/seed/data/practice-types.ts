import type { ActorType, EvaluationType, EvidenceLevel, QualityCriterion, RunState, TargetGroup, WorkflowState } from '../../features/practices/vocabulary'
import type { OrganisationType } from '../../features/organisations/vocabulary'
import type { Locale } from '../../i18n/locales'
import type { CountryCode, SeedBlock, ThemeKey } from './types'

export type OrganisationSeed = {
  key: string
  /** Proper name as the organisation itself writes it (not translated). */
  name: string
  type: OrganisationType
  country: CountryCode
  /** Use the reserved .example top-level domain, e.g. https://vejle-jobcenter.example */
  website: string
  /** One or two sentences; at least the organisation's own language and English. */
  description: Partial<Record<Locale, string>>
}

export type PracticeText = {
  title: string
  summary: string
  challenge: SeedBlock[]
  goals: SeedBlock[]
  howItWorks: SeedBlock[]
  results: SeedBlock[]
  /** What participants themselves said, one short quote or paraphrase. */
  participantVoice?: string
  indicators: string
  resources: string
  transferability: SeedBlock[]
  dos: string[]
  donts: string[]
}

export type PracticeSeed = {
  slug: string
  country: CountryCode
  region?: string
  /** Omitted for national practices. */
  municipality?: string
  organisations: string[]
  partners?: string
  themes: ThemeKey[]
  targetGroups: TargetGroup[]
  actorType: ActorType
  /** ISO dates. */
  startDate: string
  endDate?: string
  runState: RunState
  evaluation: EvaluationType
  evidenceLevel: EvidenceLevel
  contact?: { name: string; role: string; email: string; phone?: string; consent: boolean }
  links?: { label: string; url: string }[]
  originalLanguage: Locale
  criteriaMet: QualityCriterion[]
  translations: Partial<Record<Locale, PracticeText>>
}

export type SubmissionSeed = {
  /** Workflow state the demo submission is left in (not 'published'). */
  state: Exclude<WorkflowState, 'published'>
  submitter: { name: string; email: string; locale: Locale }
  note?: string
  /** The organisation the submitter typed in the form, for the editor to link or create. */
  proposedOrganisation?: string
  practice: Omit<PracticeSeed, 'slug' | 'criteriaMet'> & { slug: string }
}

export type ReplicationSeed = {
  practiceSlug: string
  municipality: string
  country: CountryCode
  startDate: string
  language: Locale
  changes: string
  outcomes: string
  reporter: { name: string; email: string }
  state: WorkflowState
}
