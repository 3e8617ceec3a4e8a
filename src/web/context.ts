import type { Payload, TypedUser } from 'payload'
import type { Env } from '../config/env'
import type { Locale } from '../i18n/locales'
import type { Translator } from '../i18n/translate'

/** Site-wide settings every page shows (footer, home). */
export type SiteChrome = {
  contactEmail: string
  socialLinks: { label: string; url: string }[]
  currentThemeId?: number | string
}

/** What a public route handler gets: the reader's language and a Local API bound to the reader. */
export type PageContext = {
  locale: Locale
  t: Translator
  payload: Payload
  env: Env
  /** null for anonymous readers; always passed with overrideAccess: false. */
  user: TypedUser | null
  /** True only for an editor who asked for ?preview=true: drafts are shown and nothing is cached. */
  draft: boolean
  chrome: SiteChrome
  /** Path without the locale prefix, with query, e.g. "/news?page=2". */
  path: string
  query: Record<string, string | undefined>
  /** The full query string, for parameters that repeat (facet filters). */
  search: URLSearchParams
}

export type RenderedPage = {
  status?: number
  body: string
  contentType?: string
  /** What the page shows, for the page cache (see cache/page-cache.ts); unset means "anything". */
  tags?: readonly string[]
}

/** Thrown by a handler when the thing asked for does not exist; rendered as the localized 404. */
export class NotFound extends Error {}

/** Thrown when a query parameter is malformed; rendered as the localized 400 page. */
export class BadRequest extends Error {}

/** Reads ?page=N: absent means 1, anything but a whole number from 1 to 10000 is a bad request. */
export function pageParam(value: string | undefined): number {
  if (value === undefined || value === '') return 1
  if (!/^\d{1,5}$/.test(value)) throw new BadRequest()
  const n = Number(value)
  if (n < 1 || n > 10000) throw new BadRequest()
  return n
}
