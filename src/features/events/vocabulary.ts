/** The events' controlled vocabularies. Labels live in the UI catalogs as "<prefix>.<value>". */

export const eventKinds = ['own', 'external'] as const
export type EventKind = (typeof eventKinds)[number]

export const eventFormats = ['inPerson', 'online', 'hybrid'] as const
export type EventFormat = (typeof eventFormats)[number]

/** How one participant takes part; a hybrid event has a capacity and a waiting list for each. */
export const attendanceModes = ['inPerson', 'online'] as const
export type AttendanceMode = (typeof attendanceModes)[number]

/** schema.org's EventStatusType, without "rescheduled" (a new date is simply an edit). */
export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'movedOnline'] as const
export type EventStatus = (typeof eventStatuses)[number]

export const sectors = ['municipality', 'stateAuthority', 'ministry', 'ngo', 'research', 'other'] as const
export type Sector = (typeof sectors)[number]

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

export const interpretations = ['signLanguage', 'nordicLanguages', 'english', 'captions'] as const
export type Interpretation = (typeof interpretations)[number]

/**
 * Time zones events are held in: the eight Nordic countries and areas, plus UTC for online-only
 * events that belong nowhere. IANA names, so the offset follows daylight saving by date.
 */
export const eventTimeZones = [
  'Europe/Stockholm',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Atlantic/Reykjavik',
  'Europe/Mariehamn',
  'Atlantic/Faroe',
  'America/Nuuk',
  'UTC',
] as const
export type EventTimeZone = (typeof eventTimeZones)[number]

/** The country or area whose clock each zone is (none for UTC). */
export const zoneCountry: Record<EventTimeZone, string | undefined> = {
  'Europe/Stockholm': 'SE',
  'Europe/Oslo': 'NO',
  'Europe/Copenhagen': 'DK',
  'Europe/Helsinki': 'FI',
  'Atlantic/Reykjavik': 'IS',
  'Europe/Mariehamn': 'AX',
  'Atlantic/Faroe': 'FO',
  'America/Nuuk': 'GL',
  UTC: undefined,
}

/** Which modes an event of a format offers. */
export function modesOf(format: EventFormat): readonly AttendanceMode[] {
  return format === 'hybrid' ? attendanceModes : [format]
}
