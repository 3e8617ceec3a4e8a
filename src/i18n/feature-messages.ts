import type { Locale } from './locales'

/**
 * A capability's own UI strings: English is the reference, every other locale has exactly its keys
 * (the type makes a missing one a compile error). The site's catalogs spread them in.
 */
export type FeatureMessages<E extends Record<string, string>> = { en: E } & Record<Exclude<Locale, 'en'>, Record<keyof E, string>>
