import type { CollectionSlug, PayloadRequest } from 'payload'
import { derivePasswordKey } from './derive-password-key'

type Lookup = Pick<PayloadRequest, 'payload'>

/**
 * For a login to an account that does not exist: derives a key from the given password as Payload
 * does for one that exists, so the "wrong e-mail or password" answer takes as long either way (it
 * answered in ~10 ms instead of ~130 ms, which told anyone which addresses have accounts). Payload
 * checks the password's presence before it looks the account up; so does this.
 */
export async function matchUnknownAccountCost(
  req: Lookup,
  collection: CollectionSlug,
  email: string,
  password: unknown,
  derive: (password: string) => Promise<unknown> = derivePasswordKey,
): Promise<void> {
  if (typeof password !== 'string' || password.trim() === '') return
  const user = await req.payload.db.findOne({ collection, select: { id: true }, where: { email: { equals: email } } })
  if (!user) await derive(password)
}
