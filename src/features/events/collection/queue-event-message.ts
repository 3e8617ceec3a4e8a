import type { CollectionAfterChangeHook } from 'payload'

/** afterChange of event-messages: queued in the organiser's transaction (rolled back with it). */
export const queueEventMessage: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: 'messageParticipants', input: { message: Number(doc.id) }, req })
  return doc
}
