import type { Payload } from 'payload'
import { inTransaction } from '../../../db/in-transaction'

/**
 * GDPR art. 17: removes the subscriber and everything that names them (their deliveries and
 * bounces). The issues' counts stay, as numbers. A later sign-up starts from nothing.
 */
export async function eraseSubscriber(payload: Payload, subscriberId: number): Promise<void> {
  await inTransaction(payload, async (req) => {
    const mine = { subscriber: { equals: subscriberId } }
    await payload.delete({ collection: 'newsletter-bounces', where: mine, overrideAccess: true, req })
    await payload.delete({ collection: 'newsletter-deliveries', where: mine, overrideAccess: true, req })
    await payload.delete({ collection: 'subscribers', id: subscriberId, overrideAccess: true, req })
  })
}
