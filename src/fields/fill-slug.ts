import type { FieldHook, Where } from 'payload'
import { asciiWords } from '../web/forms/ascii-words'

/** At most this long, as the slug's validation allows. */
export const slugMaxLength = 120

/** The first of `base`, `base-2`, `base-3`… that no other document of the collection uses. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, slugMaxLength - String(n).length - 1)}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * beforeValidate of the slug: what an editor typed is tidied into lowercase ASCII words ("Nytt
 * boende i Umeå" → "nytt-boende-i-umea"); an empty slug is made from the title (or name) in the
 * language being edited, unique within the collection. A document that already has a slug keeps
 * it when the field is cleared, so a published address changes only when an editor types a new one.
 */
export const fillSlug: FieldHook = async ({ value, siblingData, originalDoc, collection, req }) => {
  const typed = typeof value === 'string' ? value.trim() : ''
  if (typed) return asciiWords(typed, slugMaxLength) || typed
  const kept = (originalDoc as { slug?: unknown } | undefined)?.slug
  if (typeof kept === 'string' && kept) return kept
  const source = [siblingData?.title, siblingData?.name].find((v): v is string => typeof v === 'string' && v.trim() !== '')
  const base = source ? asciiWords(source, slugMaxLength - 4) : ''
  if (!base || !collection) return value
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  const where: Where = { or: [{ slug: { equals: base } }, { slug: { like: `${base}-` } }] }
  const others = await req.payload.find({
    collection: collection.slug,
    where: id === undefined ? where : { and: [where, { id: { not_equals: id } }] },
    select: { slug: true },
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    draft: true,
    req,
  })
  const taken = new Set(others.docs.map((d) => String((d as { slug?: unknown }).slug)))
  return firstFreeSlug(base, taken)
}
