import type { FastifyReply, FastifyRequest } from 'fastify'
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

/** A localized error page. It never shows error details: those go to the log only. */
export async function sendErrorPage(deps: Deps, req: FastifyRequest, reply: FastifyReply, kind: Kind): Promise<FastifyReply> {
  const locale = errorLocale(req)
  let body: string
  try {
    const ctx = await buildContext(deps, req, locale, null)
    const t = ctx.t
    const main = html`<h1>${t(`error.${kind}.title` as MessageKey)}</h1>
<p>${t(`error.${kind}.text` as MessageKey)}</p>
<p><a href="/${locale}/">${t('error.home')}</a></p>`
    body = layout(ctx, { title: t(`error.${kind}.title` as MessageKey), description: t('site.description'), path: '', noindex: true }, main)
  } catch {
    // Even the error page failed (e.g. the database is down): answer with bare, static text.
    body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><main><h1>Error ${statusOf[kind]}</h1></main></body></html>`
  }
  setSecurityHeaders(reply)
  return reply
    .code(statusOf[kind])
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body)
}
