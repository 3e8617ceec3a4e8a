import { describe, expect, it } from 'vitest'
import type { Locale } from '../../../i18n/locales'
import { computeSubscriberFigures, type MonthFigures } from './compute-subscriber-figures'
import type { SubscriberHistory } from './subscriber-events'

const joined = (locale: Locale, at: string, more: Partial<SubscriberHistory> = {}): SubscriberHistory => ({
  status: 'confirmed',
  locale,
  confirmedAt: at,
  consents: [
    { action: 'requested', at },
    { action: 'confirmed', at },
  ],
  ...more,
})

const pick = (rows: MonthFigures[], month: string, language: MonthFigures['language']) => rows.find((r) => r.month === month && r.language === language)

describe('computeSubscriberFigures', () => {
  const list: SubscriberHistory[] = [
    // Ten Swedish subscribers in March 2025, one of whom unsubscribes in April 2025 and another bounces in March 2026.
    ...Array.from({ length: 8 }, () => joined('sv', '2025-03-10T10:00:00Z')),
    joined('sv', '2025-03-11T10:00:00Z', { status: 'unsubscribed', consents: [{ action: 'confirmed', at: '2025-03-11T10:00:00Z' }, { action: 'unsubscribed', at: '2025-04-02T08:00:00Z' }] }),
    joined('sv', '2025-03-12T10:00:00Z', { status: 'suspended', consents: [{ action: 'confirmed', at: '2025-03-12T10:00:00Z' }, { action: 'suspended', at: '2026-03-05T08:00:00Z', detail: 'hardBounce' }] }),
    // An imported Finnish subscriber, counted from their original confirmation in the old mailer.
    joined('fi', '2025-03-01T00:00:00Z', { consents: [{ action: 'imported', at: '2024-12-31T23:30:00Z', source: 'import' }] }),
    // A Norwegian who left and came back in the same year.
    joined('nb', '2026-01-20T10:00:00Z', {
      consents: [
        { action: 'confirmed', at: '2025-05-01T10:00:00Z' },
        { action: 'unsubscribed', at: '2025-06-01T10:00:00Z' },
        { action: 'confirmed', at: '2026-01-20T10:00:00Z' },
      ],
    }),
    // Six new Swedish subscribers in March 2026, and one whose record predates the consent log.
    ...Array.from({ length: 6 }, () => joined('sv', '2026-03-20T10:00:00Z')),
    { status: 'confirmed', locale: 'sv', confirmedAt: '2026-03-21T10:00:00Z', consents: [] },
    // Still waiting for confirmation: not a subscriber.
    { status: 'pending', locale: 'sv', consents: [{ action: 'requested', at: '2026-03-22T10:00:00Z' }] },
    // After the period asked for.
    joined('en', '2026-04-02T10:00:00Z'),
  ]
  const rows = computeSubscriberFigures(list, new Date('2026-03-31T12:00:00Z'))

  it('counts from the first month anyone joined (in Stockholm time) to the month asked for', () => {
    // 2024-12-31T23:30Z is already January in Stockholm.
    expect(rows[0]).toMatchObject({ month: '2025-01', language: 'sv', subscribers: 0 })
    expect(pick(rows, '2025-01', 'fi')).toMatchObject({ subscribers: 1, new: 1 })
    expect(rows.at(-1)).toMatchObject({ month: '2026-03', language: 'all' })
    expect(new Set(rows.map((r) => r.month)).size).toBe(15)
    expect(rows.filter((r) => r.month === '2026-03').map((r) => r.language)).toEqual(['sv', 'nb', 'da', 'fi', 'is', 'en', 'all'])
  })

  it('gives subscribers at the month’s end and the month’s new, unsubscribed and bounced per language', () => {
    expect(pick(rows, '2025-03', 'sv')).toEqual({ month: '2025-03', language: 'sv', subscribers: 10, new: 10, unsubscribed: 0, bounced: 0, growthPercent: null })
    expect(pick(rows, '2025-04', 'sv')).toMatchObject({ subscribers: 9, new: 0, unsubscribed: 1 })
    expect(pick(rows, '2025-06', 'nb')).toMatchObject({ subscribers: 0, unsubscribed: 1 })
    expect(pick(rows, '2026-01', 'nb')).toMatchObject({ subscribers: 1, new: 1 })
    expect(pick(rows, '2026-03', 'sv')).toMatchObject({ subscribers: 15, new: 7, bounced: 1 })
    expect(pick(rows, '2026-03', 'all')).toMatchObject({ subscribers: 17, new: 7, unsubscribed: 0, bounced: 1 })
  })

  it('gives growth against the same month a year earlier, as a percentage', () => {
    // Swedish: 10 at the end of March 2025, 15 a year later: +50 %. All: 11 → 17, +54.5 %.
    expect(pick(rows, '2026-03', 'sv')!.growthPercent).toBe(50)
    expect(pick(rows, '2026-03', 'all')!.growthPercent).toBe(54.5)
    expect(pick(rows, '2026-03', 'fi')!.growthPercent).toBe(0)
    // No Norwegian subscribers in March 2025: no percentage.
    expect(pick(rows, '2026-03', 'nb')!.growthPercent).toBeNull()
  })

  it('is empty without any subscriber', () => {
    expect(computeSubscriberFigures([], new Date())).toEqual([])
  })
})
