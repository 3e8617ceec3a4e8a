import type { Where } from 'payload'
import { countryOptions } from '../../fields/countries'
import { sortByLocale } from '../../i18n/format'
import type { Organisation } from '../../payload-types'
import { BadRequest } from '../../domain/errors'
import type { ReadContext } from '../../domain/read-context'
import { shownLanguage, text, type Shown } from '../../domain/shown-language'
import { organisationTypes, type OrganisationType } from './vocabulary'
import { locales, type Locale } from '../../i18n/locales'
import { hasText } from '../../i18n/pick-language'

export type OrganisationView = {
  id: number
  slug: string
  name: string
  type: OrganisationType
  country: string
  website?: string
  /** Street, postal code and city, as one line; absent when none is given. */
  address?: string
  /** Present only when the contact person agreed to be shown. */
  contact?: { name?: string; email?: string; phone?: string }
  description: string
  shown?: Shown
  /** The languages its description exists in (the name is a proper name, in none). */
  languages: Locale[]
}

/** The address as one line ("Torvet 1, 7100 Vejle"), or undefined when it has no parts. */
export function addressLine(address: Organisation['address']): string | undefined {
  const place = [address?.postalCode, address?.city].filter(Boolean).join(' ')
  const line = [address?.street, place].filter(Boolean).join(', ')
  return line || undefined
}

/** The public contact: only with consent (access already hides it otherwise; this is the second lock). */
function publicContact(contact: Organisation['contact']): OrganisationView['contact'] {
  if (contact?.consent !== true) return undefined
  const shown = { name: contact.name || undefined, email: contact.email || undefined, phone: contact.phone || undefined }
  return shown.name || shown.email || shown.phone ? shown : undefined
}

export function toOrganisationView(doc: Organisation, ctx: ReadContext): OrganisationView {
  const shown = shownLanguage(ctx.locale, doc.description)
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    type: doc.type,
    country: doc.country,
    website: doc.website ?? undefined,
    address: addressLine(doc.address),
    contact: publicContact(doc.contact),
    description: shown ? text(doc.description, shown.language) : '',
    shown,
    languages: locales.filter((l) => hasText(doc.description, l)),
  }
}

export type OrganisationFilters = { country?: string; type?: string; onlyMine?: boolean }

/**
 * The directory, filtered by country and type, sorted by name in the reader's alphabet. A country or
 * type outside the vocabularies is a BadRequest.
 */
export async function listOrganisations(
  ctx: ReadContext,
  requested: OrganisationFilters = {},
): Promise<{ items: OrganisationView[]; filters: OrganisationFilters }> {
  const country = requested.country || undefined
  const type = requested.type || undefined
  if (country && !countryOptions.some((c) => c.value === country)) throw new BadRequest()
  if (type && !(organisationTypes as readonly string[]).includes(type)) throw new BadRequest()
  const where: Where = { and: [...(country ? [{ country: { equals: country } }] : []), ...(type ? [{ type: { equals: type } }] : [])] }
  const result = await ctx.payload.find({
    collection: 'organisations',
    where,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: ctx.user,
  })
  // "Only in my language": an organisation without a description has nothing in another language.
  const items = result.docs.map((d) => toOrganisationView(d, ctx)).filter((o) => !requested.onlyMine || o.languages.length === 0 || o.languages.includes(ctx.locale))
  return { items: sortByLocale(ctx.locale, items, (o) => o.name), filters: { country, type, onlyMine: Boolean(requested.onlyMine) } }
}
