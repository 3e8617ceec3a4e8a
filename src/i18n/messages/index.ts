import type { Locale } from '../locales'
import { da } from './da'
import { en, type MessageKey } from './en'
import { fi } from './fi'
import { is } from './is'
import { nb } from './nb'
import { sv } from './sv'

/** One catalog per locale; the type makes a missing key a compile error, the test a failing test. */
export const catalogs: Record<Locale, Record<MessageKey, string>> = { sv, nb, da, fi, is, en }
