import { commitTransaction, createLocalReq, initTransaction, killTransaction, type TaskHandler } from 'payload'
import type { Event, Registration } from '../../../payload-types'

/**
 * The day-before or hour-before reminders of one event. Each participant's reminder is marked
 * sent and its mail queued in one transaction, so a job run again after a crash skips everyone
 * already done: each confirmed participant gets each reminder once. The hour-before reminder, with
 * the join link, goes to online participants only. An event moved or cancelled since this job was
 * queued gets nothing from it (moving queues new reminders).
 */
export const remindParticipants: TaskHandler<'remindParticipants'> = async ({ input, req: jobReq }) => {
  const { payload } = jobReq
  const which = input.which === 'hour' ? 'hour' : input.which === 'day' ? 'day' : undefined
  if (!which) throw new Error(`remindParticipants: unexpected reminder ${JSON.stringify(input.which)}`)
  const event = (await payload.findByID({ collection: 'events', id: input.event, depth: 0, overrideAccess: true, disableErrors: true })) as Event | null
  if (!event || event._status !== 'published' || event.eventStatus === 'cancelled' || event.eventStatus === 'postponed') return { output: { skipped: 'not on' } }
  if (Date.parse(event.startsAt) !== Date.parse(input.startsAt)) return { output: { skipped: 'moved' } }
  const flag = which === 'day' ? 'remindedDayAt' : 'remindedHourAt'
  const participants = await payload.find({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: event.id } },
        { status: { equals: 'confirmed' } },
        { [flag]: { exists: false } },
        ...(which === 'hour' ? [{ mode: { equals: 'online' } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let queued = 0
  for (const r of participants.docs as Registration[]) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      await payload.update({ collection: 'registrations', id: r.id, data: { [flag]: new Date().toISOString() }, overrideAccess: true, req })
      await payload.jobs.queue({ task: 'mailParticipant', input: { registration: r.id, notice: which === 'day' ? 'reminderDay' : 'reminderHour' }, req })
      await commitTransaction(req)
      queued++
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
  return { output: { queued } }
}
