import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify'
import { secureCookieAttribute } from '../config/is-https'
import { csrfCookieName, csrfFieldName, issueCsrfToken, verifyCsrfToken } from './csrf'
import { sendErrorPage } from './error-pages'
import { html, type SafeHtml } from './html'
import type { Deps } from './public-page'
import { hitRateLimit, rateLimitKey } from './rate-limit'

function readCookie(req: FastifyRequest, name: string): string | undefined {
  const m = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(req.headers.cookie ?? '')
  return m?.[1]
}

/**
 * For a page that shows a public form: sets the CSRF cookie and returns the hidden field to put in
 * the form. Such pages are personal (the token), so they must not go into the page cache.
 */
export function csrfFieldFor(deps: Deps, reply: FastifyReply): SafeHtml {
  const token = issueCsrfToken(deps.env.payloadSecret)
  reply.header('set-cookie', `${csrfCookieName}=${token}; Path=/; HttpOnly; SameSite=Strict${secureCookieAttribute(deps.env.publicUrl)}`)
  return html`<input type="hidden" name="${csrfFieldName}" value="${token}">`
}

/**
 * Route hooks for public form posts: a per-address rate limit that answers before the body (and any
 * upload) is read (localized 429 page), and a CSRF check once the body is parsed (localized 403).
 * Use as route options: `{ ...guardForm(deps, { name, limit, windowMs }), preValidation: … }`.
 */
export function guardForm(
  deps: Deps,
  opts: { name: string; limit: number; windowMs: number },
): { onRequest: onRequestAsyncHookHandler; preHandler: preHandlerAsyncHookHandler } {
  return {
    onRequest: async function (req, reply) {
      // req.ip: the peer, or the client named by a trusted proxy (TRUSTED_PROXIES). Buckets live in
      // the database, so every instance behind the load balancer counts the same attempts.
      const key = rateLimitKey(deps.env.payloadSecret, opts.name, req.ip)
      const verdict = await hitRateLimit(deps.payload, { key, limit: opts.limit, windowMs: opts.windowMs })
      if (!verdict.allowed) {
        reply.header('retry-after', String(verdict.retryAfterSeconds))
        return sendErrorPage(deps, req, reply, 'tooMany')
      }
    },
    preHandler: async function (req, reply) {
      const body = (req.body ?? {}) as Record<string, unknown>
      if (!verifyCsrfToken(deps.env.payloadSecret, body[csrfFieldName], readCookie(req, csrfCookieName))) {
        return sendErrorPage(deps, req, reply, 'forbidden')
      }
    },
  }
}
