import type { Field, FieldHook } from 'payload'
import { isLocale, locales, type Locale } from '../i18n/locales'
import { languageOptions } from '../i18n/admin/admin-options'

/** The languages a document exists in: those with a title. */
export function languagesOf(titles: unknown): Locale[] {
  if (typeof titles !== 'object' || titles === null) return []
  const t = titles as Partial<Record<Locale, unknown>>
  return locales.filter((l) => typeof t[l] === 'string' && (t[l] as string).trim() !== '')
}

/**
 * beforeChange of `languages`: the languages the document exists in (those with a title), after
 * this save: the stored titles of every locale with the edited locale's title from this save.
 */
function fillLanguages(source: string): FieldHook {
  return ({ siblingData, siblingDocWithLocales, req }) => {
    const stored = siblingDocWithLocales?.[source]
    const titles: Partial<Record<Locale, unknown>> = typeof stored === 'object' && stored !== null ? { ...(stored as Record<Locale, unknown>) } : {}
    const edited = siblingData[source]
    if (isLocale(req.locale) && typeof edited === 'string') titles[req.locale] = edited
    return languagesOf(titles)
  }
}

/**
 * Which of the six languages a document exists in, as a list column with a filter ("Languages
 * contains fi"). Stored (not localized) because Payload can neither show nor filter on a virtual
 * field in the list; kept up to date on every save, never edited by hand.
 */
export function languageCoverageField(source = 'title'): Field {
  return {
    name: 'languages',
    type: 'select',
    hasMany: true,
    options: languageOptions(),
    admin: { readOnly: true, position: 'sidebar', disableBulkEdit: true },
    hooks: { beforeChange: [fillLanguages(source)] },
  }
}
