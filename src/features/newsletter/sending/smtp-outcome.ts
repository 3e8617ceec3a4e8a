import type { DeliveryState } from '../vocabulary'

type SmtpError = { responseCode?: number; code?: string; command?: string; message?: string }

/**
 * What a failed send means for the delivery. A 5xx reply is a permanent refusal (`failed`); a 4xx
 * reply, or a connection that never opened, means the server did not take the message, so it may be
 * sent again later (`pending`). Anything else (the connection broke during the transaction) leaves
 * it unknown whether the server took it: `uncertain`, never resent.
 */
export function smtpOutcome(error: unknown): Extract<DeliveryState, 'failed' | 'pending' | 'uncertain'> {
  const e = (error ?? {}) as SmtpError
  if (typeof e.responseCode === 'number') return e.responseCode >= 500 ? 'failed' : 'pending'
  if (e.code === 'ECONNECTION' || e.command === 'CONN') return 'pending'
  if (e.code === 'EENVELOPE') return 'failed'
  return 'uncertain'
}
