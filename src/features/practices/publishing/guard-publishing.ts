import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { labelFor } from '../../../i18n/admin/field-labels'
import { isLocale } from '../../../i18n/locales'
import { checkPublishing } from './check-publishing'

type Doc = Record<string, unknown>

/** The value after this save: what the save sends, else what is stored. */
function after(data: Doc, originalDoc: Doc | undefined, name: string): unknown {
  return name in data ? data[name] : originalDoc?.[name]
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * beforeChange of practices: a practice that is published after this save (being published now, or
 * edited while published) needs its quality criteria (or an override note) and a responsible
 * organisation or municipality. Refused as field errors in the editor's admin language.
 */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (after(data, originalDoc, 'workflowStatus') !== 'published') return data
  const language = req.i18n?.language
  const refusals = checkPublishing(
    {
      criteriaMet: list(after(data, originalDoc, 'criteriaMet')).filter((c): c is string => typeof c === 'string'),
      criteriaOverride: str(after(data, originalDoc, 'criteriaOverride')),
      organisations: list(after(data, originalDoc, 'organisations')),
      municipality: str(after(data, originalDoc, 'municipality')),
    },
    isLocale(language) ? language : 'en',
  )
  if (refusals.length === 0) return data
  // Labels let Payload's toast name the fields in the editor's language, as it does for its own checks.
  const errors = refusals.map((r) => ({ ...r, label: labelFor('practices', r.path) }))
  throw new ValidationError({ collection: 'practices', errors, req }, req.t)
}
