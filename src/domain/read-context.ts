import type { Payload, TypedUser } from 'payload'
import type { Locale } from '../i18n/locales'

/**
 * What domain functions (list-*, get-*, find-*) read with: a Local API, the reader and the reader's
 * language. Free of the web layer, so jobs, feeds and the API can call them without a request;
 * the web's PageContext extends it.
 */
export type ReadContext = {
  payload: Payload
  /** null for anonymous readers; always passed with overrideAccess: false. */
  user: TypedUser | null
  locale: Locale
  /** True only for an editor's preview: drafts are read (and nothing is cached). */
  draft: boolean
}

/** An anonymous reader of published content, e.g. for a job or a feed. */
export function anonymousReader(payload: Payload, locale: Locale): ReadContext {
  return { payload, user: null, locale, draft: false }
}
