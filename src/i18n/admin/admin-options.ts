import { localeNames, locales } from '../locales'
import type { MessageKey } from '../messages/en'
import { translate } from '../translate'
import { adminText as l, type AdminText } from './admin-text'

export type AdminOption = { value: string; label: AdminText }

/**
 * Select options for vocabulary values, labelled in every admin language with the same words the
 * public site uses (the UI catalogs' "<prefix>.<value>" keys), so editors and readers agree.
 */
export function adminOptions(prefix: string, values: readonly string[]): AdminOption[] {
  return values.map((value) => ({
    value,
    label: Object.fromEntries(locales.map((locale) => [locale, translate(locale, `${prefix}.${value}` as MessageKey)])) as AdminText,
  }))
}

/** The six languages as options, each named in itself (as language pickers do) with its code. */
export function languageOptions(): AdminOption[] {
  return locales.map((code) => {
    const name = `${localeNames[code]} (${code})`
    return { value: code, label: l(name, name, name, name, name, name) }
  })
}

const roleLabels: Record<string, AdminText> = {
  admin: l('Administrator', 'Administratör', 'Administrator', 'Administrator', 'Pääkäyttäjä', 'Kerfisstjóri'),
  editor: l('Editor', 'Redaktör', 'Redaktør', 'Redaktør', 'Toimittaja', 'Ritstjóri'),
  organiser: l('Event organiser', 'Evenemangsarrangör', 'Arrangementsansvarlig', 'Arrangør af arrangementer', 'Tapahtumien järjestäjä', 'Skipuleggjandi viðburða'),
  moderator: l('Comment moderator', 'Kommentarmoderator', 'Kommentarmoderator', 'Kommentarmoderator', 'Kommenttien moderaattori', 'Umsjón athugasemda'),
  expert: l('Expert group member', 'Medlem i expertgrupp', 'Medlem av ekspertgruppe', 'Medlem af ekspertgruppe', 'Asiantuntijaryhmän jäsen', 'Í sérfræðingahópi'),
}

/** The users' roles as options, named in every admin language. */
export function roleOptions(roles: readonly string[]): AdminOption[] {
  return roles.map((value) => ({ value, label: roleLabels[value] ?? l(value, value, value, value, value, value) }))
}

/** Time zones as options: the country whose clock it is, in each admin language, and the IANA name. */
export function timeZoneOptions(zones: readonly string[], countryOf: Record<string, string | undefined>): AdminOption[] {
  return zones.map((zone) => {
    const country = countryOf[zone]
    return {
      value: zone,
      label: Object.fromEntries(locales.map((locale) => [locale, country ? `${translate(locale, `country.${country}` as MessageKey)} (${zone})` : zone])) as AdminText,
    }
  })
}
