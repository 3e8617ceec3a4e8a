import { createHmac, randomBytes } from 'node:crypto'
import { sameMac } from '../same-mac'

/**
 * The fill-time stamp: a hidden field, new with every rendering of a form, that says when the
 * reader started filling it in ("time36.nonce.mac", signed with our secret). Unlike the CSRF token
 * (one per browser for two hours), a stamp is spent by the post that uses it (see guardForm), so an
 * old stamp cannot skip the minimum fill time.
 */
export const fillStampName = '_started'

/** A stamp older than this is stale: the reader sends the form again from a fresh rendering. */
export const fillStampMaxAgeMs = 24 * 60 * 60 * 1000

export type FillStamp = { startedAt: number; nonce: string }

function sign(secret: string, payload: string): string {
  // The purpose in the signed text keeps a stamp from passing as any other token signed with the secret.
  return createHmac('sha256', secret).update(`fill-stamp:${payload}`).digest('base64url')
}

export function issueFillStamp(secret: string, startedAt: number): string {
  const payload = `${startedAt.toString(36)}.${randomBytes(12).toString('base64url')}`
  return `${payload}.${sign(secret, payload)}`
}

/** The stamp's time and nonce when its signature holds, else undefined (absent, altered, forged). */
export function readFillStamp(secret: string, value: string): FillStamp | undefined {
  const parts = value.split('.')
  if (parts.length !== 3 || !/^[0-9a-z]{1,12}$/.test(parts[0])) return undefined
  if (!sameMac(sign(secret, `${parts[0]}.${parts[1]}`), parts[2])) return undefined
  const startedAt = parseInt(parts[0], 36)
  return Number.isFinite(startedAt) ? { startedAt, nonce: parts[1] } : undefined
}
