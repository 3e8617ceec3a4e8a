import type { FlattenedField } from 'payload'

/** The queried field, or one that stands in for it (`id`, a version's `parent`). */
type Queried = { type: string; options: string[] | undefined; polymorphic: boolean }

export type WhereContext = {
  fields: FlattenedField[]
  /** The fields of another collection, to follow a path through a relationship (`themes.slug`). */
  fieldsOf: (slug: string) => FlattenedField[] | undefined
  locales: readonly string[]
}

const list = ['in', 'not_in']
const equality = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ordered = [...equality, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const textual = [...equality, 'like', 'not_like', 'contains']

/**
 * The operators each field type can be asked with: the table Payload's own admin filter offers
 * (@payloadcms/ui WhereBuilder field-types). Other combinations reach the database as SQL it
 * refuses (ILIKE on jsonb, enums or timestamps on PostgreSQL; NEAR on a text column), which
 * Payload 3.90.1 answers with a 500. `all` is in none: the SQL adapters do not implement it.
 */
const operatorsByType: Record<string, readonly string[]> = {
  text: textual,
  textarea: textual,
  email: textual,
  code: textual,
  number: ordered,
  date: ordered,
  checkbox: ['equals', 'not_equals', 'exists'],
  select: equality,
  radio: equality,
  relationship: equality,
  upload: equality,
  json: ['exists'],
  richText: ['exists'],
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
}

const idLike: Queried = { type: 'relationship', options: undefined, polymorphic: false }

function asQueried(field: FlattenedField): Queried {
  const options =
    field.type === 'select' || field.type === 'radio'
      ? field.options.map((o) => (typeof o === 'string' ? o : o.value))
      : undefined
  const polymorphic = (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)
  return { type: field.type, options, polymorphic }
}

function childFields(field: FlattenedField, ctx: WhereContext): FlattenedField[] | undefined {
  if ('flattenedFields' in field) return field.flattenedFields
  if (field.type === 'blocks') return field.blocks.flatMap((b) => (typeof b === 'string' ? [] : b.flattenedFields))
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') return ctx.fieldsOf(field.relationTo)
  return undefined
}

/** The field a where path names, or undefined when it names none: Payload itself refuses those. */
export function resolvePath(path: string, ctx: WhereContext): Queried | undefined {
  const segments = path.split('.')
  let fields: FlattenedField[] | undefined = ctx.fields
  let field: FlattenedField | undefined
  for (const [i, segment] of segments.entries()) {
    if (field && 'localized' in field && field.localized && ctx.locales.includes(segment)) continue
    if (field) fields = childFields(field, ctx)
    const found: FlattenedField | undefined = fields?.find((f) => f.name === segment)
    if (!found) {
      // The ID of the document or of a related one; a version's `parent` is its document's ID.
      if (segment === 'id' || (i === 0 && segments.length === 1 && segment === 'parent')) return idLike
      // A version's fields are queried as `version.<field>`.
      if (i === 0 && segment === 'version' && segments.length > 1) continue
      return undefined
    }
    field = found
  }
  return field ? asQueried(field) : undefined
}

const scalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v)
const isNull = (v: unknown) => v === null || v === 'null'
const isInteger = (v: unknown) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d{1,15}$/.test(v))
const isDate = (v: unknown) => (typeof v === 'string' || typeof v === 'number') && !Number.isNaN(new Date(v).getTime())
const isNumber = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) && Number.isFinite(Number(v))
const isBoolean = (v: unknown) => typeof v === 'boolean' || v === 'true' || v === 'false'

/** Whether one operand suits the field: the database casts it to the column's type. */
function fitsValue(q: Queried, value: unknown, nullable: boolean): boolean {
  if (nullable && isNull(value)) return true
  if (!scalar(value)) return false
  switch (q.type) {
    case 'select':
    case 'radio':
      return q.options?.includes(String(value)) ?? true
    case 'relationship':
    case 'upload':
      return isInteger(value)
    case 'date':
      return isDate(value) || value === ''
    case 'number':
      return isNumber(value)
    case 'checkbox':
      return isBoolean(value)
    default:
      return true
  }
}

function fits(q: Queried, operator: string, operand: unknown): boolean {
  const allowed = operatorsByType[q.type]
  if (!allowed) return true // groups, arrays, joins: left to Payload, which refuses what it cannot query
  if (!allowed.includes(operator)) return false
  if (operator === 'exists') return isBoolean(operand)
  // Polymorphic relationships take { relationTo, value } operands, which Payload checks itself.
  if (q.polymorphic) return true
  if (list.includes(operator)) {
    const items = typeof operand === 'string' ? operand.split(',') : Array.isArray(operand) ? operand : [operand]
    return items.length > 0 && items.every((v) => fitsValue(q, v, false))
  }
  if (['text', 'textarea', 'email', 'code'].includes(q.type)) return scalar(operand) || isNull(operand)
  // `equals: null` is Payload's way of asking for an empty relationship or date; a select's enum
  // column on PostgreSQL takes "null" as an option it does not have.
  const nullable = (operator === 'equals' || operator === 'not_equals') && ['relationship', 'upload', 'date'].includes(q.type)
  return fitsValue(q, operand, nullable)
}

/**
 * The paths of a where clause whose operator or operand does not suit the field they name (a
 * `like` on rich text, a word where a relationship wants an ID, an option a select does not
 * have). Paths that name no field are not reported here: Payload refuses them with its own
 * QueryError, and so do we, so a refusal says nothing a reader could not see anyway.
 */
export function findUnfitPaths(where: unknown, ctx: WhereContext): string[] {
  if (!where || typeof where !== 'object') return []
  const unfit: string[] = []
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const sub of Array.isArray(value) ? value : Object.values(value ?? {})) unfit.push(...findUnfitPaths(sub, ctx))
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue
    const q = resolvePath(key, ctx)
    if (!q) continue
    for (const [operator, operand] of Object.entries(value)) {
      if (!fits(q, operator, operand)) {
        unfit.push(key)
        break
      }
    }
  }
  return [...new Set(unfit)]
}
