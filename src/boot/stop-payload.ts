import type { Payload } from 'payload'
import { changeStreamOf } from '../changes/change-stream'

/** Stops what startPayload started: the change stream's own connection first, then Payload's. */
export async function stopPayload(payload: Payload): Promise<void> {
  await changeStreamOf(payload)?.stop()
  await payload.destroy()
}
