import { describe, expect, it } from 'vitest'
import type { Subscriber } from '../../../payload-types'
import { readImportRows } from './read-import-rows'
import { subscribersCsv } from './subscribers-csv'

const subscriber = (over: Partial<Subscriber>): Subscriber => ({
  id: 1,
  email: 'a@example.org',
  emailKey: 'a@example.org',
  status: 'confirmed',
  locale: 'sv',
  tokenHash: 'h',
  tokenSealed: 's',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
})

describe('subscribersCsv', () => {
  it('writes the import format, which reads back to the same subscriptions', () => {
    const csv = subscribersCsv(
      [
        subscriber({
          themes: [1, 2],
          source: 'import',
          firstSubscribedAt: '2019-03-01T00:00:00.000Z',
          confirmedAt: '2019-03-02T10:15:00.000Z',
          consents: [{ action: 'imported', at: '2019-03-02T10:15:00.000Z', detail: 'Old form, 2018', wording: 'v2' }],
        }),
        subscriber({ id: 2, email: '+x@example.org', emailKey: '+x@example.org', status: 'unsubscribed', locale: 'is', source: 'footer', firstSubscribedAt: '2020-01-01T00:00:00.000Z', confirmedAt: '2020-01-01T00:05:00.000Z', unsubscribedAt: '2021-01-01T00:00:00.000Z' }),
      ],
      new Map([
        [1, 'housing'],
        [2, 'work'],
      ]),
    )
    expect(csv.startsWith('\uFEFFemail,language,themes,status,subscribed_at,confirmed_at,unsubscribed_at,consent_source,consent_text,suspended_at,suspended_reason,source\r\n')).toBe(true)
    expect(csv).toContain('a@example.org,sv,housing|work,confirmed,2019-03-01T00:00:00.000Z,2019-03-02T10:15:00.000Z,,"Old form, 2018",v2,,,import\r\n')
    // A cell a spreadsheet would run as a formula is defused.
    expect(csv).toContain("'+x@example.org,is,,unsubscribed,")
    const { rows, problems } = readImportRows(csv, new Map([['housing', 1], ['work', 2]]))
    expect(problems).toEqual([])
    expect(rows).toMatchObject([
      { email: 'a@example.org', locale: 'sv', themes: [1, 2], status: 'confirmed', consentSource: 'Old form, 2018', consentText: 'v2', subscribedAt: new Date('2019-03-01T00:00:00.000Z'), confirmedAt: new Date('2019-03-02T10:15:00.000Z') },
      { email: '+x@example.org', locale: 'is', status: 'unsubscribed', consentSource: 'footer', unsubscribedAt: new Date('2021-01-01T00:00:00.000Z') },
    ])
  })
})
