import type { FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify'
import type { Payload, TypedUser } from 'payload'
import { makeEtag, pageCacheOf } from '../cache/page-cache'
import type { Env } from '../config/env'
import { loadCachedSiteChrome } from '../features/site-settings/load-cached-site-chrome'
import { hasRole } from '../access/roles'
import { isLocale, type Locale } from '../i18n/locales'
import { translator } from '../i18n/translate'
import { NotFound, type PageContext, type RenderedPage } from './context'
import { setSecurityHeaders } from './security-headers'

export type Deps = { payload: Payload; env: Env }
export type PageHandler = (ctx: PageContext, params: Record<string, string>) => Promise<RenderedPage>

const authCookie = /(?:^|;\s*)payload-token=/

async function readerOf(payload: Payload, req: FastifyRequest): Promise<TypedUser | null> {
  if (!authCookie.test(req.headers.cookie ?? '')) return null
  // Payload accepts a session cookie only from same-site requests, judged by these headers.
  const headers = new Headers()
  for (const name of ['cookie', 'origin', 'sec-fetch-site'] as const) {
    const value = req.headers[name]
    if (typeof value === 'string') headers.set(name, value)
  }
  const { user } = await payload.auth({ headers })
  return user ?? null
}

export async function buildContext(deps: Deps, req: FastifyRequest, locale: Locale, user: TypedUser | null): Promise<PageContext> {
  const url = req.url
  const prefix = `/${locale}`
  const query = Object.fromEntries(
    Object.entries((req.query ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
  )
  return {
    locale,
    t: translator(locale),
    payload: deps.payload,
    env: deps.env,
    user,
    draft: query.preview === 'true' && hasRole(user, 'admin', 'editor'),
    chrome: await loadCachedSiteChrome(deps.payload),
    path: url.startsWith(prefix) ? url.slice(prefix.length) : url,
    query,
    search: new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''),
  }
}

function send(req: FastifyRequest, reply: FastifyReply, body: Buffer, etag: string, contentType: string, cacheable: boolean) {
  setSecurityHeaders(reply)
  reply.header('content-type', contentType)
  reply.header('etag', etag)
  // Public pages may be reused briefly and then revalidated by ETag; personal views never.
  reply.header('cache-control', cacheable ? 'public, max-age=60, must-revalidate' : 'private, no-store')
  reply.header('vary', 'Cookie')
  if (req.headers['if-none-match'] === etag) return reply.code(304).send()
  return reply.send(body)
}

/**
 * Wraps a page handler: validates the locale, serves from the page cache for anonymous readers,
 * otherwise builds the context and renders. Anything the handler cannot find becomes a 404.
 */
export function publicPage(deps: Deps, handler: PageHandler): RouteHandlerMethod {
  return function (req, reply) {
    const params = (req.params ?? {}) as Record<string, string>
    if (!isLocale(params.locale)) throw new NotFound()
    // Most traffic: an anonymous reader and a cached page, answered without a promise or a tick.
    if (!authCookie.test(req.headers.cookie ?? '')) {
      const hit = pageCacheOf(deps.payload).get(req.url)
      if (hit) {
        send(req, reply, hit.body, hit.etag, hit.contentType, true)
        return
      }
    }
    return renderPage(deps, handler, req, reply, params.locale, params)
  }
}

async function renderPage(deps: Deps, handler: PageHandler, req: FastifyRequest, reply: FastifyReply, locale: Locale, params: Record<string, string>) {
  const user = await readerOf(deps.payload, req)
  const cacheable = user === null
  const key = req.url
  const pageCache = pageCacheOf(deps.payload)
  if (cacheable) {
    const hit = pageCache.get(key)
    if (hit) return send(req, reply, hit.body, hit.etag, hit.contentType, true)
  }
  const generation = pageCache.currentGeneration()
  const ctx = await buildContext(deps, req, locale, user)
  const page = await handler(ctx, params)
  const body = Buffer.from(page.body)
  const etag = makeEtag(body)
  const contentType = page.contentType ?? 'text/html; charset=utf-8'
  reply.code(page.status ?? 200)
  if (cacheable && (page.status ?? 200) === 200) pageCache.set(key, { body, etag, contentType }, generation, page.tags)
  return send(req, reply, body, etag, contentType, cacheable)
}
