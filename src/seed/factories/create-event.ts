import type { Payload } from 'payload'
import type { Locale } from '../../i18n/locales'
import { offsetMinutes } from '../../features/events/calendar/ics/zone-time'
import { blocksToLexical } from '../../rich-text/blocks-to-lexical'
import type { EventSeed, SeedBlock } from '../data/types'

export type EventRefs = { themes: Map<string, number>; organisations: Map<string, number> }

const day = 86_400_000

/** Days from the seed date to a seed's day: a number as it is, { next: "09-15" } the next such date. */
export function daysFromSeed(seedDate: Date, when: EventSeed['day']): number {
  if (typeof when === 'number') return when
  const [month, dayOfMonth] = when.next.split('-').map(Number)
  const today = Date.UTC(seedDate.getUTCFullYear(), seedDate.getUTCMonth(), seedDate.getUTCDate())
  let target = Date.UTC(seedDate.getUTCFullYear(), month - 1, dayOfMonth)
  if (target <= today) target = Date.UTC(seedDate.getUTCFullYear() + 1, month - 1, dayOfMonth)
  return Math.round((target - today) / day)
}

/** The instant of a wall-clock time in a zone, `days` after the seed date's calendar day. */
export function zonedInstant(seedDate: Date, days: number, time: string, zone: string): Date {
  const [h, m] = time.split(':').map(Number)
  const base = new Date(seedDate.getTime() + days * day)
  const guess = Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate(), h, m)
  // The zone's offset at about that moment (twice, so a day of a daylight-saving change lands right).
  const first = guess - offsetMinutes(new Date(guess), zone) * 60_000
  return new Date(guess - offsetMinutes(new Date(first), zone) * 60_000)
}

type Row = { id?: string | null; speakers?: { id?: string | null }[] | null }

function localizedFields(seed: EventSeed, locale: Locale, t: { title: string; summary: string; description: SeedBlock[] }, rows: Row[] = []) {
  return {
    title: t.title,
    summary: t.summary,
    description: blocksToLexical(t.description),
    accessibility: seed.accessibility?.[locale] ?? null,
    programme: (seed.programme ?? []).map((s, i) => ({
      id: rows[i]?.id ?? undefined,
      startTime: s.start,
      endTime: s.end ?? null,
      title: s.title[locale] ?? null,
      speakers: (s.speakers ?? []).map((sp, j) => ({ id: rows[i]?.speakers?.[j]?.id ?? undefined, name: sp.name, role: sp.role?.[locale] ?? null, organisation: sp.organisation ?? null })),
    })),
    afterwards: seed.afterwards ? { recordingUrl: seed.afterwards.recordingUrl ?? null, report: seed.afterwards.report?.[locale] ? blocksToLexical([{ type: 'p', text: seed.afterwards.report[locale] ?? '' }]) : null } : undefined,
  }
}

/**
 * Creates a published event in its first language, then adds the other languages; the programme's
 * rows keep their ids so each language's session titles and speaker roles land on the same rows.
 * `context.seeding` keeps the demo from queueing reminders and purges.
 */
export async function createEvent(payload: Payload, seed: EventSeed, refs: EventRefs, seedDate: Date, status: 'published' | 'draft' = 'published'): Promise<number> {
  const entries = Object.entries(seed.translations) as [Locale, { title: string; summary: string; description: SeedBlock[] }][]
  if (entries.length === 0) throw new Error('An event needs at least one language')
  const startsAt = zonedInstant(seedDate, daysFromSeed(seedDate, seed.day), seed.time, seed.timeZone)
  const endsAt = new Date(startsAt.getTime() + seed.hours * 3_600_000)
  const draft = status === 'draft'
  const context = { seeding: true }
  const shared = {
    slug: seed.slug,
    kind: seed.kind,
    format: seed.format,
    eventStatus: seed.status ?? 'scheduled',
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: seed.timeZone,
    organisers: seed.organisers.map((k) => refs.organisations.get(k)).filter((id): id is number => id !== undefined),
    themes: seed.themes.map((k) => refs.themes.get(k)).filter((id): id is number => id !== undefined),
    countries: seed.countries,
    externalUrl: seed.externalUrl ?? null,
    venue: seed.venue ? { ...seed.venue } : undefined,
    joinUrl: seed.joinUrl ?? null,
    spokenLanguages: seed.spokenLanguages,
    interpretation: seed.interpretation ?? [],
    registration:
      seed.kind === 'own'
        ? {
            capacityInPerson: seed.registration?.capacityInPerson ?? (seed.format === 'online' ? null : 0),
            capacityOnline: seed.registration?.capacityOnline ?? (seed.format === 'inPerson' ? null : 0),
            deadline: seed.registration?.deadlineDays !== undefined ? new Date(startsAt.getTime() - seed.registration.deadlineDays * day).toISOString() : null,
            closed: seed.registration?.closed ?? false,
          }
        : undefined,
    _status: status,
  }
  const [[first, firstText], ...rest] = entries
  const created = await payload.create({
    collection: 'events',
    locale: first,
    data: { ...shared, ...localizedFields(seed, first, firstText) },
    overrideAccess: true,
    draft,
    context,
  } as Parameters<Payload['create']>[0])
  const rows = ((created as { programme?: Row[] | null }).programme ?? []) as Row[]
  for (const [locale, text] of rest) {
    await payload.update({
      collection: 'events',
      id: created.id,
      locale,
      data: { ...localizedFields(seed, locale, text, rows), _status: status },
      overrideAccess: true,
      draft,
      context,
    } as Parameters<Payload['update']>[0])
  }
  return Number(created.id)
}
