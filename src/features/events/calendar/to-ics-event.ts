import type { Translator } from '../../../i18n/translate'
import type { IcsEvent } from './ics/event-ics'
import type { EventCard } from './event-view'

/**
 * One calendar entry of an event, in the language it is shown in. The location is the venue, or
 * "Online"; the join link is never part of it (participants get it by mail).
 */
export function toIcsEvent(e: EventCard, pageUrl: string, t: Translator): IcsEvent {
  const online = e.format === 'online' ? t('eventFormat.online') : e.format === 'hybrid' ? t('calendar.andOnline') : ''
  return {
    id: e.id,
    title: e.title,
    description: [e.summary, pageUrl].filter(Boolean).join('\n\n'),
    url: pageUrl,
    location: [e.venueLine, online].filter(Boolean).join(' · '),
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    status: e.status,
    sequence: e.sequence,
    updatedAt: e.updatedAt,
    createdAt: e.createdAt,
    language: e.shown.language,
  }
}
