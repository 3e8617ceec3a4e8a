import { describe, expect, it } from 'vitest'
import { eventWhen } from './event-when'

describe('eventWhen', () => {
  it('shows the event’s own clock and zone in the reader’s language', () => {
    const s = eventWhen('sv', '2026-03-26T09:00:00.000Z', '2026-03-26T15:00:00.000Z', 'Europe/Stockholm')
    expect(s).toMatch(/torsdag 26 mars 2026/)
    expect(s).toMatch(/10:00/)
    expect(s).toMatch(/16:00/)
    expect(s).toMatch(/\(CET\)|\(GMT\+1\)/)
  })
  it('uses the event’s zone, not the server’s (Reykjavik has no daylight saving)', () => {
    expect(eventWhen('en', '2026-06-10T12:00:00.000Z', '2026-06-10T13:00:00.000Z', 'Atlantic/Reykjavik')).toMatch(/12:00/)
  })
})
