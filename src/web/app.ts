import type { IncomingMessage, ServerResponse } from 'node:http'
import Fastify, { type FastifyInstance } from 'fastify'
import { pageCache } from '../cache/page-cache'
import { onContentChange } from '../changes/change-stream'
import { registerHomeRoutes } from '../features/home/routes'
import { registerMediaRoutes } from '../features/media/routes'
import { registerNewsRoutes } from '../features/news/routes'
import { registerOrganisationRoutes } from '../features/organisations/routes'
import { registerPracticeRoutes } from '../features/practices/routes'
import { registerPageRoutes } from '../features/pages/routes'
import { registerSitemapRoutes } from '../features/sitemap/routes'
import { registerThemeRoutes } from '../features/themes/routes'
import { registerSubmissionRoutes } from '../features/workflow/status/submission-routes'
import { defaultLocale, isLocale } from '../i18n/locales'
import { negotiateLocale } from '../i18n/pick-language'
import { findAsset } from './assets'
import { BadRequest, NotFound } from './context'
import { sendErrorPage } from './error-pages'
import type { Deps } from './public-page'

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** Paths that belong to Payload's Next.js app (admin UI, REST and GraphQL API, its assets). */
const nextPaths = /^\/(admin|api|_next)(\/|\?|$)/

const languageCookie = /(?:^|;\s*)lang=([a-z]{2})(?:;|$)/

export async function buildApp(deps: Deps & { next?: NextHandler; logger?: boolean }): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers.authorization'] } : false,
    routerOptions: { maxParamLength: 200 },
    bodyLimit: 1024 * 1024,
    // Malformed URLs and encodings are the client's error, never a 500.
    frameworkErrors: (error, req, reply) => {
      void sendErrorPage(deps, req, reply, 'badRequest')
    },
  })

  // Cached pages follow committed changes from every instance; the maximum age is a safety net.
  pageCache.setMaxAge(deps.env.pageCacheMaxAgeSeconds * 1000)
  const unsubscribe = onContentChange(deps.payload, (change) => {
    pageCache.invalidate(change)
  })
  app.addHook('onClose', async () => unsubscribe())

  if (deps.next) {
    const handle = deps.next
    // Hand over before Fastify reads the body, so Payload gets the untouched stream (logins, uploads).
    app.addHook('onRequest', async (req, reply) => {
      if (!nextPaths.test(req.url)) return
      reply.hijack()
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
    const next = (req.query as { next?: string }).next ?? ''
    const target = next.startsWith(`/${locale}/`) && !next.startsWith('//') ? next : `/${locale}/`
    reply.header('set-cookie', `lang=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`)
    return reply.redirect(target, 303)
  })

  app.get('/assets/:hash/:name', async (req, reply) => {
    const { hash, name } = req.params as { hash: string; name: string }
    const asset = findAsset(name)
    if (!asset || asset.hash !== hash) throw new NotFound()
    reply.header('content-type', asset.type).header('cache-control', 'public, max-age=31536000, immutable')
    return reply.send(asset.body)
  })

  registerMediaRoutes(app, deps)
  registerSitemapRoutes(app, deps)
  registerHomeRoutes(app, deps)
  registerNewsRoutes(app, deps)
  registerThemeRoutes(app, deps)
  registerSubmissionRoutes(app, deps)
  registerPracticeRoutes(app, deps)
  registerOrganisationRoutes(app, deps)
  registerPageRoutes(app, deps)

  app.setNotFoundHandler((req, reply) => sendErrorPage(deps, req, reply, 'notFound'))
  app.setErrorHandler((error, req, reply) => {
    if (error instanceof NotFound) return sendErrorPage(deps, req, reply, 'notFound')
    if (error instanceof BadRequest) return sendErrorPage(deps, req, reply, 'badRequest')
    const status = (error as { statusCode?: number }).statusCode
    if (status === 429) return sendErrorPage(deps, req, reply, 'tooMany')
    if (status && status >= 400 && status < 500) return sendErrorPage(deps, req, reply, 'badRequest')
    req.log.error({ err: error }, 'request failed')
    if (!deps.logger) console.error(error)
    return sendErrorPage(deps, req, reply, 'server')
  })

  return app
}
