import { intlTags, type Locale } from '../../i18n/locales'

/**
 * When an event takes place, in its own time zone and the reader's language, with the zone named:
 * "torsdag 26 mars 2026 10:00–16:00 CET". Both ends are shown in full when it spans days.
 */
export function eventWhen(locale: Locale, startsAt: string, endsAt: string, timeZone: string): string {
  const f = new Intl.DateTimeFormat(intlTags[locale], { dateStyle: 'full', timeStyle: 'short', timeZone })
  const zone = new Intl.DateTimeFormat(intlTags[locale], { timeZone, timeZoneName: 'short' }).formatToParts(new Date(startsAt)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  return `${f.formatRange(new Date(startsAt), new Date(endsAt))} (${zone})`
}
