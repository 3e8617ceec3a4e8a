import { countryCodes, type CountryCode } from '../../../fields/countries'
import type { FieldError } from '../../../web/forms/field-error'
import { FormReader } from '../../../web/forms/form-reader'
import { validateUploads, type FormFile, type Upload } from '../../../web/forms/validate-uploads'
import { attachmentMaxBytes, attachmentMimeTypes } from '../../attachments/collection'
import { actorTypes, runStates, targetGroups, type ActorType, type RunState, type TargetGroup } from '../vocabulary'

/** Lengths follow the practices collection; the descriptive texts are capped at 4000 characters each. */
export const proposalLimits = {
  title: 120,
  summary: 600,
  organisation: 200,
  place: 120,
  description: 4000,
  name: 200,
  phone: 40,
  files: 5,
} as const

export const descriptionFields = ['challenge', 'howItWorks', 'results', 'transferability'] as const
export type DescriptionField = (typeof descriptionFields)[number]

/** The texts of a proposal a submitter can change after editors asked for changes. */
export type ProposalText = { title: string; summary: string } & Record<DescriptionField, string>

export type Proposal = ProposalText & {
  organisation: string
  actorType?: ActorType
  startDate?: string
  runState: RunState
  country: CountryCode
  region: string
  municipality: string
  themes: number[]
  targetGroups: TargetGroup[]
  link: string
  contact: { name: string; role: string; email: string; phone: string; consent: boolean }
  submitter: { name: string; email: string }
}

const descriptionLabels = {
  challenge: 'practice.challenge',
  howItWorks: 'practice.howItWorks',
  results: 'practice.results',
  transferability: 'practice.transferability',
} as const

function readHeadline(f: FormReader): { title: string; summary: string } {
  return {
    title: f.text('title', 'propose.titleField', { required: true, max: proposalLimits.title }),
    summary: f.text('summary', 'propose.summaryField', { required: true, max: proposalLimits.summary, multiline: true }),
  }
}

function readDescription(f: FormReader): Record<DescriptionField, string> {
  return Object.fromEntries(
    descriptionFields.map((name) => [
      name,
      f.text(name, descriptionLabels[name], { required: name === 'howItWorks', max: proposalLimits.description, multiline: true }),
    ]),
  ) as Record<DescriptionField, string>
}

/** Title, summary and the description texts (how it works is required), e.g. for a resubmission. */
export function readProposalText(f: FormReader): ProposalText {
  return { ...readHeadline(f), ...readDescription(f) }
}

/**
 * Checks a posted proposal, in the order the form shows its fields. Returns the proposal and its
 * attachments only when there is no error. Themes are chosen by slug among `themes`.
 */
export function validateProposal(
  body: unknown,
  upload: { files: readonly FormFile[]; extra: number },
  themes: readonly { id: number; slug: string }[],
): { proposal?: Proposal; uploads: Upload[]; errors: FieldError[] } {
  const f = new FormReader(body)
  const { title, summary } = readHeadline(f)
  const organisation = f.text('organisation', 'propose.organisationField', { max: proposalLimits.organisation })
  const actorType = f.choice('actorType', 'practice.actorType', actorTypes)
  const startDate = f.date('startDate', 'propose.startDate')
  const runState = f.choice('runState', 'practice.status', runStates) ?? 'ongoing'
  const country = f.choice('country', 'practice.country', countryCodes, { required: true })
  const region = f.text('region', 'practice.region', { max: proposalLimits.place })
  const municipality = f.text('municipality', 'practice.municipality', { max: proposalLimits.place })
  const themeSlugs = f.choices('themes', 'practice.themes', themes.map((th) => th.slug))
  const groups = f.choices('targetGroups', 'practice.targetGroups', targetGroups)
  const description = readDescription(f)
  const link = f.url('link', 'propose.linkField')
  const files = validateUploads(upload.files, upload.extra, {
    field: 'attachments',
    maxFiles: proposalLimits.files,
    maxBytes: attachmentMaxBytes,
    types: attachmentMimeTypes,
  })
  f.add(files.errors)
  const contact = {
    name: f.text('contactName', 'propose.contactName', { max: proposalLimits.name }),
    role: f.text('contactRole', 'propose.contactRole', { max: proposalLimits.name }),
    email: f.email('contactEmail', 'propose.contactEmail'),
    phone: f.text('contactPhone', 'propose.contactPhone', { max: proposalLimits.phone }),
    consent: f.checked('contactConsent'),
  }
  const submitter = {
    name: f.text('name', 'propose.yourName', { required: true, max: proposalLimits.name }),
    email: f.email('email', 'propose.yourEmail', { required: true }),
  }
  if (f.errors.length || !country) return { uploads: [], errors: f.errors }
  return {
    proposal: {
      title,
      summary,
      ...description,
      organisation,
      actorType,
      startDate,
      runState,
      country,
      region,
      municipality,
      themes: themeSlugs.flatMap((slug) => themes.filter((th) => th.slug === slug).map((th) => th.id)),
      targetGroups: groups,
      link,
      contact,
      submitter,
    },
    uploads: files.uploads,
    errors: [],
  }
}
