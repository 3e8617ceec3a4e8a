import type { FieldError } from './field-error'
import { formValues } from './form-body'
import { fillStampMaxAgeMs, fillStampName, readFillStamp } from './fill-stamp'

/** Name of the hidden field people leave empty and form robots tend to fill in (or leave out). */
export const honeypotName = 'website'

/** Posts sooner than this after the form was rendered come from robots. */
export const minFillMs = 3000

/**
 * What the post's fill-time stamp says: `ok` (signed, old enough, not spent before), `tooFast`,
 * `stale` (spent by an earlier post, or older than a day) or `missing` (absent or forged).
 * `startedAt` is the signed start time, when there is one.
 */
export type StampVerdict = { kind: 'ok' | 'tooFast' | 'stale' | 'missing'; startedAt?: number }

/**
 * Judges the stamp in a posted form. `spend` marks the stamp's nonce as used (in the database, for
 * every instance) and says whether this was its first use; it is only called for a stamp that
 * would otherwise pass, so rejected posts do not burn a person's stamp.
 */
export async function judgeFillStamp(
  secret: string,
  body: unknown,
  spend: (nonce: string) => Promise<boolean>,
  now = Date.now(),
): Promise<StampVerdict> {
  const values = formValues(body, fillStampName)
  const stamp = values.length === 1 ? readFillStamp(secret, values[0]) : undefined
  if (!stamp) return { kind: 'missing' }
  const { startedAt } = stamp
  if (now - startedAt > fillStampMaxAgeMs) return { kind: 'stale', startedAt }
  if (now - startedAt < minFillMs) return { kind: 'tooFast', startedAt }
  return (await spend(stamp.nonce)) ? { kind: 'ok', startedAt } : { kind: 'stale', startedAt }
}

/**
 * The errors that stop a post from a robot: a honeypot that was filled in or left out, a stamp
 * that is missing, too young, spent or expired.
 */
export function checkBotTraps(body: unknown, stamp: StampVerdict): FieldError[] {
  const errors: FieldError[] = []
  if (stamp.kind === 'tooFast' || stamp.kind === 'missing') errors.push({ key: 'form.error.tooFast' })
  if (stamp.kind === 'stale') errors.push({ key: 'form.error.stale' })
  const honeypot = formValues(body, honeypotName)
  if (honeypot.length !== 1 || honeypot[0] !== '') errors.push({ field: honeypotName, key: 'form.honeypot' })
  return errors
}

/**
 * A form's own errors with the bot traps' in form order: those about the whole form (too fast,
 * stale) first, the honeypot (the last field) last.
 */
export function withBotTraps(traps: readonly FieldError[], errors: readonly FieldError[]): FieldError[] {
  return [...traps.filter((e) => !e.field), ...errors, ...traps.filter((e) => e.field)]
}

/**
 * When the next rendering of the form should say the reader started: the signed time of a stamp
 * that is still good (a person correcting errors need not wait again), otherwise now.
 */
export function nextStampStart(stamp: StampVerdict, now = Date.now()): number {
  return (stamp.kind === 'ok' || stamp.kind === 'tooFast') && stamp.startedAt !== undefined ? stamp.startedAt : now
}
