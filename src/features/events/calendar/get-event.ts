import type { Event, Organisation } from '../../../payload-types'
import { findBySlug } from '../../../domain/find-by-slug'
import type { ReadContext } from '../../../domain/read-context'
import { shownLanguage, text } from '../../../domain/shown-language'
import { hasText } from '../../../i18n/pick-language'
import type { Locale } from '../../../i18n/locales'
import { toImageView, type ImageView } from '../../media/image-view'
import { toOrganisationView, type OrganisationView } from '../../organisations/list-organisations'
import { practiceAttachments, type AttachmentView } from '../../practices/practice-attachments'
import { toPracticeCard, type PracticeCard } from '../../practices/list-practices'
import { practiceIndex } from '../../practices/search/practice-index'
import { listThemes } from '../../themes/list-themes'
import { whyClosed, type ClosedReason } from '../registration/registration-window'
import { listParticipants, type ListedParticipant } from '../registration/list-participants'
import { seatsLeft, type SeatsOfMode } from '../registration/seats-left'
import type { Interpretation } from '../vocabulary'
import { toEventCard, type EventCard } from './event-view'

/** A short text of the programme and the language it is in (the event's, else the reader's fallback). */
export type PartText = { text: string; language: Locale }
export type Speaker = { name: string; role?: PartText; organisation: string; photo?: ImageView }
export type Session = { startTime: string; endTime?: string; title?: PartText; speakers: Speaker[] }

/** An event's page, in the reader's language. It carries no join link: access removes it, and it is not mapped. */
export type EventPage = EventCard & {
  description: unknown
  venue?: { name?: string; street?: string; postalCode?: string; city?: string; country?: string; mapUrl?: string }
  spokenLanguages: Locale[]
  interpretation: Interpretation[]
  accessibility: string
  programme: Session[]
  organisers: OrganisationView[]
  afterwards: { slides: AttachmentView[]; recordingUrl?: string; report: unknown; practices: PracticeCard[] }
  /** Our own events only: places per mode and why registration is closed (undefined: open). */
  registration?: { seats: SeatsOfMode[]; closed?: ClosedReason; deadline?: string; participants: ListedParticipant[] }
}

const present = (v: string | null | undefined) => v || undefined

/** A session title or a speaker's role in the event's language, or else in the reader's fallback chain. */
function partText(value: unknown, eventLanguage: Locale, reader: Locale): PartText | undefined {
  if (hasText(value, eventLanguage)) return { text: text(value, eventLanguage), language: eventLanguage }
  const shown = shownLanguage(reader, value)
  return shown ? { text: text(value, shown.language), language: shown.language } : undefined
}

/** A published event by slug (a draft only in an editor's preview), with its seats, or undefined. */
export async function getEvent(ctx: ReadContext, slug: string, now = new Date()): Promise<EventPage | undefined> {
  const doc = (await findBySlug(ctx, 'events', slug, 1)) as Event | undefined
  if (!doc) return undefined
  const themes = await listThemes(ctx)
  const card = toEventCard(doc, ctx, new Map(themes.map((t) => [t.id, t])))
  if (!card) return undefined
  const lang = card.shown.language
  const v = doc.venue
  const venue =
    doc.format !== 'online' && v && (v.name || v.city || v.street)
      ? { name: present(v.name), street: present(v.street), postalCode: present(v.postalCode), city: present(v.city), country: present(v.country), mapUrl: present(v.mapUrl) }
      : undefined
  const practiceIds = new Set((doc.afterwards?.practices ?? []).map((p) => (typeof p === 'object' ? p.id : p)))
  const practices =
    practiceIds.size === 0
      ? []
      : [...(await practiceIndex(ctx.payload).current()).all()]
          .filter((e) => practiceIds.has(e.id))
          .map((e) => toPracticeCard(e, ctx.locale))
          .filter((c): c is PracticeCard => Boolean(c))
  const registration =
    doc.kind === 'own'
      ? { seats: await seatsLeft(ctx.payload, doc), closed: whyClosed(doc, now), deadline: present(doc.registration?.deadline), participants: await listParticipants(ctx.payload, doc.id) }
      : undefined
  return {
    ...card,
    description: (doc.description as unknown as Record<string, unknown> | null)?.[lang],
    venue,
    spokenLanguages: doc.spokenLanguages ?? [],
    interpretation: doc.interpretation ?? [],
    accessibility: text(doc.accessibility, lang),
    programme: (doc.programme ?? []).map((s) => ({
      startTime: s.startTime,
      endTime: present(s.endTime),
      title: partText(s.title, lang, ctx.locale),
      speakers: (s.speakers ?? []).map((sp) => ({
        name: sp.name,
        role: partText(sp.role, lang, ctx.locale),
        organisation: sp.organisation ?? '',
        photo: toImageView(sp.photo, lang, ctx.locale, 'card'),
      })),
    })),
    organisers: (doc.organisers ?? []).filter((o): o is Organisation => typeof o === 'object' && o !== null).map((o) => toOrganisationView(o, ctx)),
    afterwards: {
      slides: await practiceAttachments(ctx.payload, { attachments: doc.afterwards?.slides ?? [] }),
      recordingUrl: present(doc.afterwards?.recordingUrl),
      report: (doc.afterwards?.report as unknown as Record<string, unknown> | null)?.[lang],
      practices,
    },
    registration,
  }
}
