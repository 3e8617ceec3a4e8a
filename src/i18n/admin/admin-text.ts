import type { Locale } from '../locales'

/** A text of the admin in each of the six admin languages (Payload picks the editor's). */
export type AdminText = Record<Locale, string>

/** An AdminText in the catalogs' order: en, sv, nb, da, fi, is. */
export function adminText(en: string, sv: string, nb: string, da: string, fi: string, is: string): AdminText {
  return { en, sv, nb, da, fi, is }
}
