import type { Env } from '../config/env'
import type { ReadContext } from '../domain/read-context'
import type { Translator } from '../i18n/translate'

/** Site-wide settings every page shows (footer, home). */
export type SiteChrome = {
  contactEmail: string
  socialLinks: { label: string; url: string }[]
  currentThemeId?: number | string
}

/**
 * What a public route handler gets: the domain's ReadContext (Local API, reader, language, draft)
 * plus the translator and what the page shell needs. draft is true only for an editor who asked for
 * ?preview=true.
 */
export type PageContext = ReadContext & {
  t: Translator
  env: Env
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

export { BadRequest, Forbidden, NotFound } from '../domain/errors'
export { pageParam } from '../domain/page-param'
