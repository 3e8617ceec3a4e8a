const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    formatters.set(zone, f)
  }
  return f
}

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number }

/** The wall-clock time in a zone at an instant. */
export function wallClock(instant: Date, zone: string): WallClock {
  const parts = Object.fromEntries(formatter(zone).formatToParts(instant).map((p) => [p.type, p.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) }
}

/** The zone's offset from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(instant: Date, zone: string): number {
  const w = wallClock(instant, zone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Local date-time, basic format, for a TZID-qualified property: 20261203T101500. */
export function icsLocal(instant: Date, zone: string): string {
  const w = wallClock(instant, zone)
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`
}

/** +0100, -0200: a UTC offset as iCalendar writes it. */
export function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const m = Math.abs(minutes)
  return `${sign}${pad(Math.floor(m / 60))}${pad(m % 60)}`
}
