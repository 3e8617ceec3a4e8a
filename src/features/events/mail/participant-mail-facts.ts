import type { Payload } from 'payload'
import { isLocale, type Locale } from '../../../i18n/locales'
import { pickLanguage, hasText, inLocale } from '../../../i18n/pick-language'
import { translate } from '../../../i18n/translate'
import type { Event, Registration } from '../../../payload-types'
import { eventsIcs } from '../calendar/ics/event-ics'
import { eventWhen } from '../event-when'
import type { ParticipantMailFacts } from './compose-participant-mail'

type Localized = Partial<Record<Locale, string | null>>

/** An event read with locale "all": its texts keyed by language. */
export type EventAllLocales = Omit<Event, 'title' | 'summary'> & { title: Localized; summary?: Localized | null }

/** The event's title in the participant's language, or the nearest along their fallback chain. */
export function titleFor(event: EventAllLocales, locale: Locale): { title: string; language: Locale } {
  const language = pickLanguage(locale, (l) => hasText(event.title, l)) ?? locale
  const title = inLocale(event.title, language)
  return { title: typeof title === 'string' ? title : '', language }
}

export function whereOf(event: Pick<Event, 'format' | 'venue'>, locale: Locale): string {
  const online = translate(locale, 'mail.event.online')
  const v = event.venue ?? {}
  const place = [v.name, v.street, [v.postalCode, v.city].filter(Boolean).join(' '), v.country ? translate(locale, `country.${v.country}`) : ''].filter((s) => s && s.trim() !== '').join(', ')
  if (event.format === 'online') return online
  if (event.format === 'hybrid') return `${place} / ${online}`
  return place
}

/** The facts of a participant's mail, and their calendar file, from their registration and the event. */
export function participantMailFacts(payload: Payload, r: Registration, event: EventAllLocales, token: string): { facts: ParticipantMailFacts; ics: string } {
  const locale: Locale = isLocale(r.locale) ? r.locale : 'en'
  const base = payload.config.serverURL
  const { title, language } = titleFor(event, locale)
  const page = `${base}/${locale}/events/${event.slug}`
  const facts: ParticipantMailFacts = {
    locale,
    name: r.name,
    title,
    mode: translate(locale, `attendanceMode.${r.mode}`),
    when: eventWhen(locale, event.startsAt, event.endsAt, event.timeZone),
    where: whereOf(event, locale),
    link: `${base}/${locale}/registrations/${token}`,
    page,
  }
  const summary = event.summary ? inLocale(event.summary, language) : ''
  const ics = eventsIcs(
    [
      {
        id: event.id,
        title,
        description: `${typeof summary === 'string' ? summary : ''}\n\n${page}`.trim(),
        url: page,
        location: whereOf(event, locale),
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timeZone: event.timeZone,
        status: event.eventStatus,
        sequence: event.sequence ?? 0,
        updatedAt: event.updatedAt,
        createdAt: event.createdAt,
        language,
      },
    ],
    { host: new URL(base).host, name: title, language },
  )
  return { facts, ics }
}
