import type { Env } from '../../../config/env'

/** Bounces quote at most the original message; a newsletter is under 100 KB, so 2 MB is plenty. */
export const inboundMaxBytes = 2 * 1024 * 1024

/** What reading inbound mail needs: the bounce domain and the secret the VERP return paths are signed with. */
export type InboundSettings = { bounceDomain: string; verpSecret: string }

/**
 * The sender signs each copy's return path with PAYLOAD_SECRET (addresses.ts verpAddress), so the
 * same secret checks it here; every instance shares it.
 */
export function inboundSettingsOf(env: Env): InboundSettings {
  return { bounceDomain: env.newsletter.bounceDomain, verpSecret: env.payloadSecret }
}
