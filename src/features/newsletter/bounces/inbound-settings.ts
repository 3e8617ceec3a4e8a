import type { Payload } from 'payload'
import type { Env } from '../../../config/env'

/** Bounces quote at most the original message; a newsletter is under 100 KB, so 2 MB is plenty. */
export const inboundMaxBytes = 2 * 1024 * 1024

/** What reading inbound mail needs: the bounce domain and the secret the VERP return paths are signed with. */
export type InboundSettings = { bounceDomain: string; verpSecret: string }

/**
 * The sender signs each copy's return path with Payload's secret (derived from PAYLOAD_SECRET, so
 * every instance has the same; sending/deliver-batch.ts), and the same secret checks it here.
 */
export function inboundSettingsOf(env: Env, payload: Pick<Payload, 'secret'>): InboundSettings {
  return { bounceDomain: env.newsletter.bounceDomain, verpSecret: payload.secret }
}
