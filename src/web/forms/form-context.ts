import type { FastifyRequest } from 'fastify'
import { isLocale } from '../../i18n/locales'
import { NotFound, type PageContext } from '../context'
import { buildContext, type Deps } from '../public-page'

/**
 * The context of a form page: the reader's language from the URL (unknown → 404) and an anonymous
 * Local API reader. Form pages are never cached (they carry a CSRF token), so they do not go
 * through publicPage.
 */
export async function formContext(deps: Deps, req: FastifyRequest): Promise<PageContext> {
  const { locale } = (req.params ?? {}) as { locale?: string }
  if (!isLocale(locale)) throw new NotFound()
  return buildContext(deps, req, locale, null)
}
