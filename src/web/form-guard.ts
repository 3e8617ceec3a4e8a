import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify'
import { secureCookieAttribute } from '../config/is-https'
import { csrfCookieName, csrfFieldName, csrfMaxAgeMs, issueCsrfToken, verifyCsrfCookie, verifyCsrfToken } from './csrf'
import { sendErrorPage } from './error-pages'
import { checkBotTraps, judgeFillStamp, nextStampStart, type StampVerdict } from './forms/bot-checks'
import type { FieldError } from './forms/field-error'
import { fillStampMaxAgeMs, fillStampName, issueFillStamp } from './forms/fill-stamp'
import { isSameOriginPost } from './forms/same-origin-post'
import { html, type SafeHtml } from './html'
import type { Deps } from './public-page'
import { hitRateLimit, rateLimitKey } from './rate-limit'
import { readCookie } from './read-cookie'

const verdicts = new WeakMap<FastifyRequest, StampVerdict>()

/**
 * For a page that shows a public form: the hidden CSRF token (its cookie is set, or kept while it
 * has more than half its life left, so forms open in other tabs stay valid) and a new fill-time
 * stamp. Such pages are personal, so they must not go into the page cache. After a post, `req`
 * carries its stamp's verdict: a person correcting errors keeps their start time.
 */
export function guardFields(deps: Deps, req: FastifyRequest, reply: FastifyReply): SafeHtml {
  const secret = deps.env.payloadSecret
  let token = readCookie(req.headers, csrfCookieName)
  if (!verifyCsrfCookie(secret, token, Date.now(), csrfMaxAgeMs / 2)) {
    token = issueCsrfToken(secret)
    reply.header('set-cookie', `${csrfCookieName}=${token}; Path=/; HttpOnly; SameSite=Strict${secureCookieAttribute(deps.env.publicUrl)}`)
  }
  const verdict = verdicts.get(req)
  const stamp = issueFillStamp(secret, verdict ? nextStampStart(verdict) : Date.now())
  return html`<input type="hidden" name="${csrfFieldName}" value="${token}"><input type="hidden" name="${fillStampName}" value="${stamp}">`
}

/** The bot traps a guarded post fell into (honeypot, fill-time stamp); empty for a person. */
export function botTrapsOf(req: FastifyRequest): FieldError[] {
  const verdict = verdicts.get(req)
  if (!verdict) throw new Error('botTrapsOf: the route is not guarded by guardForm')
  return checkBotTraps(req.body, verdict)
}

/** Origins a form post may come from: the public URL's, and the one the request was addressed to. */
function ownOrigins(deps: Deps, req: FastifyRequest): string[] {
  return [new URL(deps.env.publicUrl).origin, `${req.protocol}://${req.host}`]
}

/**
 * Route hooks for public form posts. Before the body (and any upload) is read: a per-address rate
 * limit (localized 429), then the browser's own origin headers and the CSRF cookie (403), so a
 * forged or tokenless post costs no memory. Once the body is parsed: the hidden token must equal
 * the cookie, and the fill-time stamp is judged and spent (see botTrapsOf).
 * Use as route options: `{ ...guardForm(deps, { name, limit, windowMs }), preValidation: … }`.
 */
export function guardForm(
  deps: Deps,
  opts: { name: string; limit: number; windowMs: number },
): { onRequest: onRequestAsyncHookHandler; preHandler: preHandlerAsyncHookHandler } {
  const secret = deps.env.payloadSecret
  return {
    onRequest: async function (req, reply) {
      // req.ip: the peer, or the client named by a trusted proxy (TRUSTED_PROXIES). Buckets live in
      // the database, so every instance behind the load balancer counts the same attempts.
      const verdict = await hitRateLimit(deps.payload, { key: rateLimitKey(secret, opts.name, req.ip), limit: opts.limit, windowMs: opts.windowMs })
      if (!verdict.allowed) {
        reply.header('retry-after', String(verdict.retryAfterSeconds))
        return sendErrorPage(deps, req, reply, 'tooMany')
      }
      if (!isSameOriginPost(req.headers, ownOrigins(deps, req)) || !verifyCsrfCookie(secret, readCookie(req.headers, csrfCookieName))) {
        return sendErrorPage(deps, req, reply, 'forbidden')
      }
    },
    preHandler: async function (req, reply) {
      const body = (req.body ?? {}) as Record<string, unknown>
      if (!verifyCsrfToken(secret, body[csrfFieldName], readCookie(req.headers, csrfCookieName))) {
        return sendErrorPage(deps, req, reply, 'forbidden')
      }
      const spend = async (nonce: string) =>
        (await hitRateLimit(deps.payload, { key: rateLimitKey(secret, 'fill-stamp', nonce), limit: 1, windowMs: fillStampMaxAgeMs })).allowed
      verdicts.set(req, await judgeFillStamp(secret, body, spend))
    },
  }
}
