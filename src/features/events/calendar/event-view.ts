import type { Event } from '../../../payload-types'
import type { ReadContext } from '../../../domain/read-context'
import { shownLanguage, text, type Shown } from '../../../domain/shown-language'
import { locales, type Locale } from '../../../i18n/locales'
import { hasText } from '../../../i18n/pick-language'
import type { ThemeView } from '../../themes/list-themes'
import type { EventFormat, EventKind, EventStatus } from '../vocabulary'

/** What a calendar card shows of one event, in one language. Never the join link. */
export type EventCard = {
  id: number
  slug: string
  shown: Shown
  title: string
  summary: string
  kind: EventKind
  format: EventFormat
  status: EventStatus
  startsAt: string
  endsAt: string
  timeZone: string
  city?: string
  venueCountry?: string
  /** The venue as one line (name, street, postal code and city), for calendar entries. */
  venueLine?: string
  themes: ThemeView[]
  countries: string[]
  /** The languages the event's page exists in. */
  languages: Locale[]
  externalUrl?: string
  sequence: number
  createdAt: string
  updatedAt: string
}

/** The fields lists and feeds select; the join link is not among them (and access hides it anyway). */
export const eventListFields = {
  title: true,
  summary: true,
  slug: true,
  kind: true,
  format: true,
  eventStatus: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  themes: true,
  countries: true,
  organisers: true,
  externalUrl: true,
  sequence: true,
  createdAt: true,
  updatedAt: true,
} as const

export type EventListDoc = Pick<Event, keyof typeof eventListFields | 'id'>

function venueLine(v: EventListDoc['venue']): string | undefined {
  const place = [v?.postalCode, v?.city].filter(Boolean).join(' ')
  return [v?.name, v?.street, place].filter(Boolean).join(', ') || undefined
}

const idOf = (v: number | { id: number }) => (typeof v === 'object' ? v.id : v)

/** Maps an event read with locale "all" to a card in the reader's language (with fallback). */
export function toEventCard(doc: EventListDoc, ctx: Pick<ReadContext, 'locale'>, themes: Map<number, ThemeView>): EventCard | undefined {
  const shown = shownLanguage(ctx.locale, doc.title)
  if (!shown) return undefined
  return {
    id: doc.id,
    slug: doc.slug,
    shown,
    title: text(doc.title, shown.language),
    summary: text(doc.summary, shown.language),
    kind: doc.kind,
    format: doc.format,
    status: doc.eventStatus,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    timeZone: doc.timeZone,
    city: doc.format !== 'online' ? doc.venue?.city || undefined : undefined,
    venueCountry: doc.format !== 'online' ? doc.venue?.country || undefined : undefined,
    venueLine: doc.format !== 'online' ? venueLine(doc.venue) : undefined,
    themes: (doc.themes ?? [])
      .map((th) => themes.get(idOf(th)))
      .filter((th): th is ThemeView => Boolean(th)),
    countries: doc.countries ?? [],
    languages: locales.filter((l) => hasText(doc.title, l)),
    externalUrl: doc.kind === 'external' ? doc.externalUrl || undefined : undefined,
    sequence: doc.sequence ?? 0,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }
}
