import type { Language, SupportedLanguages } from '@payloadcms/translations'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import { is } from '@payloadcms/translations/languages/is'
import { nb } from '@payloadcms/translations/languages/nb'
import { sv } from '@payloadcms/translations/languages/sv'
import type { Config } from 'payload'
import { fi } from './fi'
import { fiLexical } from './fi-lexical'

type AdminI18n = NonNullable<Config['i18n']>

/*
 * Payload's `AcceptedLanguages` type is a closed list without 'fi', but Payload takes any key of
 * `supportedLanguages` at run time: the language an editor picks in the account settings (the
 * `payload-lng` cookie) is checked against these keys. The intersections below say so instead of a
 * cast. What Payload does not do for 'fi' is match it from the browser's Accept-Language header (its
 * own list again): a Finnish editor's admin starts in the browser's next language, or English,
 * until they choose Suomi once.
 */
const supportedLanguages: SupportedLanguages & { fi: Language } = { sv, nb, da, fi, is, en }

// The rich-text editor's strings; lexical merges its own languages into this object.
const translations: NonNullable<AdminI18n['translations']> & { fi: { lexical: typeof fiLexical } } = {
  fi: { lexical: fiLexical },
}

/** The admin's languages: the site's six, in the order of `locales` (src/i18n/locales.ts). */
export const adminI18n: AdminI18n = { supportedLanguages, translations, fallbackLanguage: 'en' }
