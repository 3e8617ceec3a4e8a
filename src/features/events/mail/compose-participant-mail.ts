import type { Locale } from '../../../i18n/locales'
import type { MessageKey } from '../../../i18n/messages/en'
import { translate } from '../../../i18n/translate'
import { escapeHtml } from '../../../web/html'

export const participantNotices = ['confirmed', 'waitlisted', 'promoted', 'already', 'cancelled', 'reminderDay', 'reminderHour', 'message'] as const
export type ParticipantNotice = (typeof participantNotices)[number]

export type ParticipantMailFacts = {
  locale: Locale
  name: string
  title: string
  mode: string
  when: string
  where: string
  /** The participant's own page (change or cancel). */
  link: string
  /** The event's public page. */
  page: string
  /** The join link: given only to confirmed online participants, only in reminders. */
  join?: string
  message?: { subject: string; body: string }
}

export type ComposedMail = { subject: string; text: string; html: string; withCalendar: boolean }

const withCalendar: readonly ParticipantNotice[] = ['confirmed', 'promoted']

/**
 * A participant's mail in their language: the notice's own text, then the facts (when, where, the
 * join link in reminders), the personal link and the event page. Plain text first; the HTML part
 * says the same, escaped, with the links clickable.
 */
export function composeParticipantMail(notice: ParticipantNotice, facts: ParticipantMailFacts): ComposedMail {
  const { message, ...values } = facts
  const t = (key: MessageKey) => translate(facts.locale, key, { ...values, join: facts.join ?? '' })
  const brand = translate(facts.locale, 'site.name')
  let subject: string
  let opening: string
  if (notice === 'message' && message) {
    subject = message.subject
    opening = `${message.body}\n\n${t('mail.event.message.footer')}`
  } else {
    const key = notice === 'message' ? 'confirmed' : notice
    subject = t(`mail.event.${key}.subject` as MessageKey)
    opening = t(`mail.event.${key}.body` as MessageKey)
  }
  const facts_ = notice === 'cancelled' || notice === 'already' ? [] : [t('mail.event.when'), t('mail.event.where')]
  const join = facts.join && (notice === 'reminderDay' || notice === 'reminderHour') ? [t('mail.event.join')] : []
  const links = notice === 'cancelled' ? [t('mail.event.page')] : [t('mail.event.link'), t('mail.event.page')]
  const paragraphs = [opening, facts_.join('\n'), join.join('\n'), links.join('\n')].filter((p) => p !== '')
  const text = `${paragraphs.join('\n\n')}\n\n— ${brand}\n`
  const linkify = (s: string) => escapeHtml(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
  const html = `<!doctype html><html lang="${facts.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${[...paragraphs, `— ${brand}`]
    .map((p) => `<p>${linkify(p).replace(/\n/g, '<br>')}</p>`)
    .join('')}</body></html>`
  return { subject, text, html, withCalendar: withCalendar.includes(notice) }
}
