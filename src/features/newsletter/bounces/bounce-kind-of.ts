import type { BounceKind } from '../vocabulary'

/**
 * What one DSN recipient block means for the subscription (RFC 3464 Action, RFC 3463 Status):
 * a 5.x.x status is permanent (hard), a 4.x.x status or a delay is transient (soft). A failure
 * without a status counts as hard. Delivered, relayed and expanded reports are no bounce.
 */
export function bounceKindOf(action: string | undefined, status: string | undefined): Exclude<BounceKind, 'complaint'> | undefined {
  const act = action?.trim().toLowerCase()
  const klass = /^([245])\.\d{1,3}\.\d{1,3}/.exec(status?.trim() ?? '')?.[1]
  if (act === 'delayed') return 'soft'
  if (act !== 'failed') return undefined
  if (klass === '4') return 'soft'
  return 'hard'
}
