import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { isLocale } from '../../../i18n/locales'
import { checkEvent } from './check-event'

type Doc = Record<string, unknown>

const str = (v: unknown): string => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : '')
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** beforeValidate of events: checkEvent on a published save's values, refused on the fields. */
export const validateEvent: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  // Drafts may be incomplete; what readers and registrants will see must be whole.
  if (!data || data._status !== 'published') return data
  const after = (name: string): unknown => (name in data ? data[name] : (originalDoc as Doc | undefined)?.[name])
  const registration = (after('registration') ?? {}) as Doc
  const refusals = checkEvent(
    {
      kind: str(after('kind')) || 'own',
      format: str(after('format')) || 'inPerson',
      startsAt: str(after('startsAt')),
      endsAt: str(after('endsAt')),
      externalUrl: str(after('externalUrl')),
      capacityInPerson: num(registration.capacityInPerson),
      capacityOnline: num(registration.capacityOnline),
    },
    isLocale(req.i18n?.language) ? req.i18n.language : 'en',
  )
  if (refusals.length === 0) return data
  throw new ValidationError({ collection: 'events', errors: refusals, req }, req.t)
}
