import type { Field, FieldHook } from 'payload'
import { fallbackChains, isLocale, locales, type Locale } from '../i18n/locales'

type Titles = Partial<Record<Locale, string>>

/**
 * The title an editor sees in each content locale: the document's own title there, or else the
 * first one along the site's fallback chain, marked with its language ("Läxhjälp i Aarhus [da]").
 * Empty only when the document has no title at all.
 */
export function adminTitles(titles: Titles): Record<Locale, string> {
  const shown = {} as Record<Locale, string>
  for (const locale of locales) {
    const found = fallbackChains[locale].find((l) => typeof titles[l] === 'string' && titles[l]!.trim() !== '')
    shown[locale] = found === undefined ? '' : found === locale ? titles[found]! : `${titles[found]!} [${found}]`
  }
  return shown
}

/**
 * beforeChange of adminTitle. Payload writes a localized field in every locale at once: the
 * edited locale's value from the data, the others from the stored document ("merge locale
 * actions", which read siblingDocWithLocales after the hooks). So the titles of every locale are
 * computed here, and the other locales' are set on siblingDocWithLocales for that merge.
 * Tested in tests/integration/admin-title.test.ts, which fails if Payload stops merging that way.
 */
function fillAdminTitles(source: string): FieldHook {
  return ({ siblingData, siblingDocWithLocales, req }) => {
    const stored = siblingDocWithLocales?.[source]
    const titles: Titles = typeof stored === 'object' && stored !== null ? { ...(stored as Titles) } : {}
    const edited = siblingData[source]
    if (isLocale(req.locale) && typeof edited === 'string') titles[req.locale] = edited
    const shown = adminTitles(titles)
    if (siblingDocWithLocales && typeof siblingDocWithLocales === 'object') siblingDocWithLocales.adminTitle = shown
    return isLocale(req.locale) ? shown[req.locale] : undefined
  }
}

/**
 * A collection's title in the admin whatever the content locale (its list, document header,
 * relationship pickers): use as `admin.useAsTitle`. Stored, because Payload cannot use a virtual
 * field as the title; never shown as an input. Only for collections whose localized title may be
 * empty in a locale (drafts, or validated per original language): Payload writes a row for every
 * locale, which a NOT NULL title (themes) would refuse.
 */
export function adminTitleField(source = 'title'): Field {
  return {
    name: 'adminTitle',
    type: 'text',
    localized: true,
    admin: { readOnly: true, condition: () => false, disableBulkEdit: true },
    hooks: { beforeChange: [fillAdminTitles(source)] },
  }
}
