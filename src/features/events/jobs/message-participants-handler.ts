import { commitTransaction, createLocalReq, initTransaction, killTransaction, type TaskHandler, type Where } from 'payload'
import type { EventMessage } from '../../../payload-types'

/**
 * An organiser's message, as one mail job per recipient, all queued in one transaction: a run
 * cut off midway queued none of them, so the retry queues each exactly once.
 */
export const messageParticipants: TaskHandler<'messageParticipants'> = async ({ input, req: jobReq }) => {
  const { payload } = jobReq
  const message = (await payload.findByID({ collection: 'event-messages', id: input.message, depth: 0, overrideAccess: true, disableErrors: true })) as EventMessage | null
  if (!message) return { output: { skipped: 'gone' } }
  const event = typeof message.event === 'number' ? message.event : message.event.id
  const audience: Where[] =
    message.audience === 'waitlisted'
      ? [{ status: { equals: 'waitlisted' } }]
      : [{ status: { equals: 'confirmed' } }, ...(message.audience === 'all' ? [] : [{ mode: { equals: message.audience } }])]
  const recipients = await payload.find({ collection: 'registrations', where: { and: [{ event: { equals: event } }, ...audience] }, pagination: false, depth: 0, overrideAccess: true, select: {} })
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const r of recipients.docs) await payload.jobs.queue({ task: 'mailParticipant', input: { registration: r.id, notice: 'message', message: message.id }, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { output: { queued: recipients.docs.length } }
}
