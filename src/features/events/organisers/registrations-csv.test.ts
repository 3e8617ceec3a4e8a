import { describe, expect, it } from 'vitest'
import type { Registration } from '../../../payload-types'
import { csvCell, registrationsCsv } from './registrations-csv'

const row = (overrides: Partial<Registration>): Registration =>
  ({
    id: 1,
    event: 1,
    name: 'Þóra Jónsdóttir',
    email: 'thora@example.is',
    emailKey: 'thora@example.is',
    organisation: 'Reykjavíkurborg',
    country: 'IS',
    sector: 'municipality',
    mode: 'online',
    status: 'confirmed',
    locale: 'is',
    tokenHash: 'x',
    tokenSealed: 'x',
    queuedAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-09-01T10:00:00.000Z',
    createdAt: '2026-09-01T10:00:00.000Z',
    ...overrides,
  }) as Registration

describe('registrationsCsv', () => {
  it('starts with a byte-order mark and labels everything in the organiser’s language', () => {
    const csv = registrationsCsv([row({})], 'sv')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const [head, first] = csv.slice(1).split('\r\n')
    expect(head).toBe('Namn,E-post,Organisation,Land,Sektor,Deltar,Plats,Anpassning eller specialkost,På deltagarlistan,Nyhetsbrev,Närvarade,Anmäld')
    expect(first).toBe('Þóra Jónsdóttir,thora@example.is,Reykjavíkurborg,Island,Kommun,Digitalt,Bekräftad,,nej,nej,nej,2026-09-01T10:00:00.000Z')
  })
  it('quotes separators and line breaks, and defuses formulas', () => {
    expect(csvCell('Malmö, Sweden')).toBe('"Malmö, Sweden"')
    expect(csvCell('Say "hi"\nthen')).toBe('"Say ""hi""\nthen"')
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvCell('+46 70 123')).toBe("'+46 70 123")
    expect(csvCell('Plain')).toBe('Plain')
  })
})
