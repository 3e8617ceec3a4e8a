import type { FastifyReply, FastifyRequest } from 'fastify'
import { pageCacheOf } from '../cache/page-cache'
import { pageTags } from '../cache/page-tags'
import { defaultLocale, isLocale, type Locale } from '../i18n/locales'
import { negotiateLocale } from '../i18n/pick-language'
import type { MessageKey } from '../i18n/messages/en'
import { buildContext, type Deps } from './public-page'
import { html } from './html'
import { layout } from './layout'
import { setSecurityHeaders } from './security-headers'

type Kind = 'notFound' | 'badRequest' | 'server' | 'tooMany' | 'forbidden'
const statusOf: Record<Kind, number> = { notFound: 404, badRequest: 400, server: 500, tooMany: 429, forbidden: 403 }

/** The reader's language for an error: the URL's locale, else their browser's, else English. */
export function errorLocale(req: FastifyRequest): Locale {
  const first = req.url.split(/[/?#]/)[1]
  if (isLocale(first)) return first
  return negotiateLocale(req.headers['accept-language']) ?? defaultLocale
}

/** The page cache's key for an error page: not a URL (those start with "/"), so it cannot collide. */
export const errorPageCacheKey = (kind: Kind, locale: Locale): string => `error:${kind}:${locale}`

async function renderErrorPage(deps: Deps, req: FastifyRequest, kind: Kind, locale: Locale): Promise<Buffer> {
  const ctx = await buildContext(deps, req, locale, null)
  const t = ctx.t
  const main = html`<h1>${t(`error.${kind}.title` as MessageKey)}</h1>
<p>${t(`error.${kind}.text` as MessageKey)}</p>
<p><a href="/${locale}/">${t('error.home')}</a></p>`
  return Buffer.from(layout(ctx, { title: t(`error.${kind}.title` as MessageKey), description: t('site.description'), path: '', noindex: true }, main))
}

/**
 * A localized error page. It never shows error details: those go to the log only. The page is the
 * same for every URL and reader, so it is rendered once per kind and language and then served from
 * the page cache: unknown URLs must not be a cheap way to load the server.
 */
export async function sendErrorPage(deps: Deps, req: FastifyRequest, reply: FastifyReply, kind: Kind): Promise<FastifyReply> {
  const locale = errorLocale(req)
  const key = errorPageCacheKey(kind, locale)
  const pageCache = pageCacheOf(deps.payload)
  let body = pageCache.get(key)?.body
  if (!body) {
    const generation = pageCache.currentGeneration()
    try {
      body = await renderErrorPage(deps, req, kind, locale)
      pageCache.set(key, { body, etag: '', contentType: 'text/html; charset=utf-8' }, generation, pageTags.errorPage)
    } catch {
      // Even the error page failed (e.g. the database is down): answer with bare, static text.
      body = Buffer.from(
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><main><h1>Error ${statusOf[kind]}</h1></main></body></html>`,
      )
    }
  }
  setSecurityHeaders(reply)
  return reply
    .code(statusOf[kind])
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body)
}
