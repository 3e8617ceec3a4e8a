export const organisationTypes = [
  'state-authority',
  'ministry',
  'municipality',
  'region',
  'ngo',
  'research-institution',
  'nordic-body',
] as const
export type OrganisationType = (typeof organisationTypes)[number]
