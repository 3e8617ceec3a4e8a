import type { Payload, PayloadRequest } from 'payload'
import type { Subscriber } from '../../../payload-types'
import { hashToken } from '../../workflow/private-link'

const tokenPattern = /^[A-Za-z0-9_-]{16,64}$/

/** The subscriber whose personal link carries this token; undefined for an unknown or malformed one. */
export async function findSubscriberByToken(payload: Payload, token: string, req?: PayloadRequest): Promise<Subscriber | undefined> {
  if (!tokenPattern.test(token)) return undefined
  const { docs } = await payload.find({ collection: 'subscribers', where: { tokenHash: { equals: hashToken(token) } }, limit: 1, depth: 0, overrideAccess: true, req })
  return docs[0]
}
