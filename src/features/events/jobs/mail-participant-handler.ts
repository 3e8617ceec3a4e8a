import type { TaskHandler } from 'payload'
import type { EventMessage, Registration } from '../../../payload-types'
import { translate } from '../../../i18n/translate'
import { composeParticipantMail, participantNotices, type ParticipantNotice } from '../mail/compose-participant-mail'
import { participantMailFacts, type EventAllLocales } from '../mail/participant-mail-facts'

const isNotice = (v: string): v is ParticipantNotice => (participantNotices as readonly string[]).includes(v)

/** Notices that only make sense while the person still has a place (or a place in line). */
const forActive: readonly ParticipantNotice[] = ['confirmed', 'waitlisted', 'promoted', 'reminderDay', 'reminderHour', 'message']

/**
 * Sends one participant one mail, read as things are when the job runs: a registration cancelled
 * or purged since gets nothing (a reminder never reaches someone who cancelled), and a join link
 * goes only to a confirmed online participant. Throwing lets the queue retry an SMTP failure.
 */
export const mailParticipant: TaskHandler<'mailParticipant'> = async ({ input, req }) => {
  const { payload } = req
  if (!isNotice(input.notice)) throw new Error(`mailParticipant: unexpected notice ${JSON.stringify(input.notice)}`)
  const r = (await payload.findByID({ collection: 'registrations', id: input.registration, depth: 0, overrideAccess: true, disableErrors: true })) as Registration | null
  if (!r) return { output: { skipped: 'gone' } }
  if (forActive.includes(input.notice) && r.status === 'cancelled') return { output: { skipped: 'cancelled' } }
  if (input.notice.startsWith('reminder') && r.status !== 'confirmed') return { output: { skipped: 'not confirmed' } }
  const eventId = typeof r.event === 'number' ? r.event : r.event.id
  const event = (await payload.findByID({ collection: 'events', id: eventId, depth: 0, locale: 'all', overrideAccess: true, disableErrors: true })) as EventAllLocales | null
  if (!event) return { output: { skipped: 'no event' } }
  const { facts, ics } = participantMailFacts(payload, r, event, payload.decrypt(r.tokenSealed))
  if (input.notice.startsWith('reminder') && r.mode === 'online' && event.joinUrl) facts.join = event.joinUrl
  if (input.notice === 'message') {
    const message = (await payload.findByID({ collection: 'event-messages', id: Number(input.message), depth: 0, overrideAccess: true, disableErrors: true })) as EventMessage | null
    if (!message) return { output: { skipped: 'no message' } }
    facts.message = { subject: message.subject, body: message.body }
  }
  const mail = composeParticipantMail(input.notice, facts)
  await payload.sendEmail({
    from: { name: translate(facts.locale, 'site.name'), address: payload.email.defaultFromAddress },
    to: r.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.withCalendar ? [{ filename: 'event.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] : undefined,
  })
  return { output: {} }
}
