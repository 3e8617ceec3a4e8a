import type { Field } from 'payload'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A URL slug shared by all languages of a document: lowercase ASCII words joined by hyphens. */
export const slugField: Field = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'Lowercase letters, digits and hyphens, e.g. "new-housing-report".' },
  validate: (value: unknown) =>
    typeof value === 'string' && slugPattern.test(value) && value.length <= 120
      ? true
      : 'Use lowercase letters, digits and single hyphens (at most 120 characters).',
}
