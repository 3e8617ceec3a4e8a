/** Controlled vocabularies of the idea bank; labels live in the UI catalogs (practice.*). */
export const targetGroups = [
  'newly-arrived-refugees',
  'asylum-seekers',
  'unaccompanied-minors',
  'women-outside-labour-force',
  'children-and-families',
  'youth',
  'older-immigrants',
  'labour-migrants',
  'professionals-and-employers',
] as const
export type TargetGroup = (typeof targetGroups)[number]

export const actorTypes = [
  'municipality',
  'region',
  'state-authority',
  'ngo',
  'social-enterprise',
  'private-company',
  'research-institution',
  'partnership',
] as const
export type ActorType = (typeof actorTypes)[number]

/** How the practice was evaluated. */
export const evaluationTypes = ['none', 'internal', 'external', 'experimental'] as const
export type EvaluationType = (typeof evaluationTypes)[number]

/** How strong the evidence of results is, weakest first. */
export const evidenceLevels = ['emerging', 'promising', 'documented', 'proven'] as const
export type EvidenceLevel = (typeof evidenceLevels)[number]

/** Whether the practice still runs. */
export const runStates = ['ongoing', 'regular-service', 'ended'] as const
export type RunState = (typeof runStates)[number]

/** The published quality criteria; editors tick them in the review checklist. */
export const qualityCriteria = [
  'clear-context',
  'clear-goals',
  'described-activities',
  'running-one-year',
  'evidence-of-results',
  'transferable',
] as const
export type QualityCriterion = (typeof qualityCriteria)[number]

/** Editorial workflow of practices and replication reports. */
export const workflowStates = ['submitted', 'in-review', 'changes-requested', 'published', 'declined'] as const
export type WorkflowState = (typeof workflowStates)[number]
