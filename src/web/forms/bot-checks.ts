import { csrfFieldName } from '../csrf'
import type { FieldError } from './field-error'
import { formValue } from './form-body'

/** Name of the hidden field people leave empty and form robots tend to fill in. */
export const honeypotName = 'website'

/** Posts sooner than this after the form was rendered come from robots. */
export const minFillMs = 3000

/**
 * When the form's CSRF token was issued (ms since the epoch), read from the token itself
 * ("nonce.time36.mac"). Only meaningful after the token was verified (guardForm), which proves
 * the time was not altered.
 */
export function csrfIssuedAt(token: string): number | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !/^[0-9a-z]{1,12}$/.test(parts[1])) return undefined
  const issued = parseInt(parts[1], 36)
  return Number.isFinite(issued) ? issued : undefined
}

/** Honeypot filled in, or sent faster than a person fills in a form: errors that stop the post. */
export function checkBotTraps(body: unknown, now = Date.now(), minMs = minFillMs): FieldError[] {
  const errors: FieldError[] = []
  if (formValue(body, honeypotName) !== '') errors.push({ field: honeypotName, key: 'form.honeypot' })
  const issued = csrfIssuedAt(formValue(body, csrfFieldName))
  if (issued === undefined || now - issued < minMs) errors.push({ key: 'form.error.tooFast' })
  return errors
}

/**
 * A form's own errors with the bot traps' in form order: "sent too fast" (about the whole form)
 * first, the honeypot (the last field) last.
 */
export function withBotTraps(body: unknown, errors: readonly FieldError[], now = Date.now()): FieldError[] {
  const traps = checkBotTraps(body, now)
  return [...traps.filter((e) => !e.field), ...errors, ...traps.filter((e) => e.field)]
}
