import type { IncomingMessage, ServerResponse } from 'node:http'
import Fastify, { type FastifyInstance } from 'fastify'
import { pageCacheOf } from '../cache/page-cache'
import { routeRegistrations } from '../capabilities/compose'
import { onContentChange } from '../changes/change-stream'
import { defaultLocale, isLocale } from '../i18n/locales'
import { negotiateLocale } from '../i18n/pick-language'
import { secureCookieAttribute } from '../config/is-https'
import { clientAddressHeader } from './api/client-address'
import { registerPayloadApi } from './api/register-payload-api'
import { findAsset } from './assets'
import { BadRequest, Forbidden, NotFound } from './context'
import { sendErrorPage } from './error-pages'
import { adminContentSecurityPolicy, setHandoverHeaders } from './handover-headers'
import { registerHealthRoutes } from './health-routes'
import { languageTarget } from './language-target'
import type { Deps } from './public-page'
import { registerRequestLog } from './request-log'
import { serverOptions, type LogDestination } from './server-options'
import { registerTransportSecurity, setTransportSecurity } from './transport-security'

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** Paths that belong to Payload's Next.js app: the admin UI and its assets. */
const nextPaths = /^\/(admin|_next)(\/|\?|$)/

const languageCookie = /(?:^|;\s*)lang=([a-z]{2})(?:;|$)/

export async function buildApp(deps: Deps & { next?: NextHandler; logger?: LogDestination }): Promise<FastifyInstance> {
  const app = Fastify({
    ...serverOptions(deps.env, deps.logger ?? false),
    routerOptions: { maxParamLength: 200 },
    bodyLimit: 1024 * 1024,
    // Malformed URLs and encodings are the client's error, never a 500.
    frameworkErrors: (error, req, reply) => {
      // Runs before any hook, so HSTS is set here too.
      setTransportSecurity(reply.raw, deps.env.publicUrl)
      void sendErrorPage(deps, req, reply, 'badRequest')
    },
  })

  // Cached pages follow committed changes from every instance; the maximum age is a safety net.
  const pageCache = pageCacheOf(deps.payload)
  pageCache.setMaxAge(deps.env.pageCacheMaxAgeSeconds * 1000)
  const unsubscribe = onContentChange(deps.payload, (change) => {
    pageCache.invalidate(change)
  })
  app.addHook('onClose', async () => unsubscribe())
  // First hook: HSTS goes on every response, the hijacked API and admin ones included.
  registerTransportSecurity(app, deps.env.publicUrl)
  // Before the Next hand-over, so admin and API requests get an id and a log line too.
  registerRequestLog(app, Boolean(deps.logger) && deps.env.logRequests)
  registerHealthRoutes(app, deps)

  // REST and GraphQL run on Fastify in every role; only the admin UI needs Next.js.
  registerPayloadApi(app, deps, Boolean(deps.logger))

  if (deps.next) {
    const handle = deps.next
    // Hand over before Fastify reads the body, so Payload gets the untouched stream (logins, uploads).
    app.addHook('onRequest', async (req, reply) => {
      if (!nextPaths.test(req.url)) return
      reply.hijack()
      setHandoverHeaders(reply.raw, adminContentSecurityPolicy)
      // Only the API bridge may name the client (login limits); the admin gets no forged one.
      delete req.raw.headers[clientAddressHeader]
      await handle(req.raw, reply.raw)
    })
  }

  app.get('/', async (req, reply) => {
    const fromCookie = languageCookie.exec(req.headers.cookie ?? '')?.[1]
    const locale = isLocale(fromCookie) ? fromCookie : (negotiateLocale(req.headers['accept-language']) ?? defaultLocale)
    reply.header('vary', 'Accept-Language, Cookie').header('cache-control', 'private, no-store')
    return reply.redirect(`/${locale}/`, 302)
  })

  app.get('/:locale', async (req, reply) => {
    const { locale } = req.params as { locale: string }
    if (!isLocale(locale)) throw new NotFound()
    return reply.redirect(`/${locale}/`, 301)
  })

  // The language switcher goes through here so the choice is remembered for the next visit to "/".
  app.get('/language/:locale', async (req, reply) => {
    const { locale } = req.params as { locale: string }
    if (!isLocale(locale)) throw new NotFound()
    const target = languageTarget(locale, (req.query as { next?: unknown }).next)
    reply.header('set-cookie', `lang=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secureCookieAttribute(deps.env.publicUrl)}`)
    return reply.redirect(target, 303)
  })

  app.get('/assets/:hash/:name', async (req, reply) => {
    const { hash, name } = req.params as { hash: string; name: string }
    const asset = findAsset(name)
    if (!asset || asset.hash !== hash) throw new NotFound()
    reply.header('content-type', asset.type).header('cache-control', 'public, max-age=31536000, immutable')
    return reply.send(asset.body)
  })

  // Every capability's public routes, from the registry (capabilities/registry.ts).
  for (const register of await routeRegistrations()) register(app, deps)

  app.setNotFoundHandler((req, reply) => sendErrorPage(deps, req, reply, 'notFound'))
  app.setErrorHandler((error, req, reply) => {
    if (error instanceof NotFound) return sendErrorPage(deps, req, reply, 'notFound')
    if (error instanceof BadRequest) return sendErrorPage(deps, req, reply, 'badRequest')
    if (error instanceof Forbidden) return sendErrorPage(deps, req, reply, 'forbidden')
    const status = (error as { statusCode?: number }).statusCode
    if (status === 429) return sendErrorPage(deps, req, reply, 'tooMany')
    if (status && status >= 400 && status < 500) return sendErrorPage(deps, req, reply, 'badRequest')
    req.log.error({ err: error }, 'request failed')
    if (!deps.logger) console.error(error)
    return sendErrorPage(deps, req, reply, 'server')
  })

  return app
}
