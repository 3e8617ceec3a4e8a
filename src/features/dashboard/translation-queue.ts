import type { Payload, TypedUser, Where } from 'payload'
import { adminTitles } from '../../fields/admin-title'
import { languagesOf } from '../../fields/language-coverage'
import type { Locale } from '../../i18n/locales'

/** The collections whose documents readers see in their language, with a localized title. */
export const translatedCollections = ['practices', 'news', 'pages', 'themes'] as const
export type TranslatedCollection = (typeof translatedCollections)[number] | 'organisations'

export type MissingTranslation = {
  collection: TranslatedCollection
  id: number
  /** The title in the editor's admin language, or along the fallback chain, marked with its language. */
  title: string
  /** The languages the document exists in. */
  languages: Locale[]
}

type Titles = Partial<Record<Locale, string>>

/**
 * The translation queue: documents readers can see that have no text in `missing`, each with the
 * languages it exists in, titled in the editor's admin language (`adminLocale`). Only published
 * practices (submissions are translated once accepted). Organisations come last: their name is
 * one for all languages, so their languages are those of their description.
 */
export async function listMissingTranslations(payload: Payload, user: TypedUser | null, missing: Locale, adminLocale: Locale): Promise<MissingTranslation[]> {
  const found: MissingTranslation[] = []
  const lacks = (languages: Locale[]) => languages.length > 0 && !languages.includes(missing)
  for (const collection of translatedCollections) {
    const where: Where = collection === 'practices' ? { workflowStatus: { equals: 'published' } } : {}
    const result = await payload.find({ collection, where, locale: 'all', select: { title: true }, depth: 0, pagination: false, overrideAccess: false, user })
    for (const doc of result.docs) {
      const languages = languagesOf(doc.title)
      if (lacks(languages)) found.push({ collection, id: doc.id, title: adminTitles(doc.title as unknown as Titles)[adminLocale], languages })
    }
  }
  const organisations = await payload.find({
    collection: 'organisations',
    locale: 'all',
    select: { name: true, description: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  for (const doc of organisations.docs) {
    const languages = languagesOf(doc.description)
    if (lacks(languages)) found.push({ collection: 'organisations', id: doc.id, title: doc.name, languages })
  }
  return found
}
