import { createHash, timingSafeEqual } from 'node:crypto'
import type { Endpoint, PayloadRequest } from 'payload'
import type { Env } from '../../../config/env'
import { inboundMaxBytes, inboundSettingsOf } from './inbound-settings'

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** Equal-length digests compared in constant time, so the answer's timing says nothing of the secret. */
function sameSecret(given: string, secret: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(given), digest(secret))
}

/** The body, up to `limit` bytes; undefined when it is longer. */
async function readBody(req: PayloadRequest, limit: number): Promise<Buffer | undefined> {
  const reader = req.body?.getReader()
  if (!reader) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
}

/**
 * POST /api/newsletter-bounces/inbound: a bounce or complaint handed over by a mail provider or an
 * MTA pipe instead of the SMTP listener. The body is the raw message (message/rfc822 or
 * text/plain); the envelope recipient, when known, comes in `X-Envelope-To` or `?recipient=`.
 * Authenticated by `Authorization: Bearer <BOUNCE_WEBHOOK_SECRET>`; without that setting the
 * webhook does not exist (404). Answers what was done, in JSON; the same message posted again is
 * a duplicate, not a second bounce.
 */
export function inboundBounceEndpoint(env: Env): Endpoint {
  const secret = env.newsletter.bounceWebhookSecret
  return {
    path: '/inbound',
    method: 'post',
    handler: async (req) => {
      if (!secret) return json(404, { errors: [{ message: 'Not Found' }] })
      const given = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1]
      if (!given || !sameSecret(given, secret)) {
        return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401, headers: { 'www-authenticate': 'Bearer' } })
      }
      const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
      if (type !== 'message/rfc822' && type !== 'text/plain') return json(415, { errors: [{ message: 'Send the message as message/rfc822 or text/plain' }] })
      const raw = await readBody(req, inboundMaxBytes)
      if (!raw) return json(413, { errors: [{ message: 'Message too big' }] })
      const recipient = req.headers.get('x-envelope-to') ?? req.searchParams?.get('recipient') ?? undefined
      // Loaded on first use: the collection config (also read by the admin and the CLI) stays free of mailparser.
      const { receiveInboundMail } = await import('./receive-inbound-mail')
      return json(200, await receiveInboundMail(req.payload, inboundSettingsOf(env, req.payload), raw, recipient?.trim() || undefined))
    },
  }
}
