import { describe, expect, it } from 'vitest'
import { readImportRows } from './read-import-rows'

const themes = new Map([
  ['housing', 1],
  ['work', 2],
])
const now = new Date('2026-12-01T12:00:00Z')
const header = 'email,language,themes,status,subscribed_at,confirmed_at,unsubscribed_at,consent_source,consent_text'

describe('readImportRows', () => {
  it('keeps the good rows with their dates and consent, and reports each bad one with its line and reason', () => {
    const text = [
      header,
      'Anna@Example.org,sv,housing|work,subscribed,2019-03-01,2019-03-02 10:15,,Old form,Version 2 (2018)',
      'not-an-address,sv,,subscribed,2019-03-01,,,,',
      'b@example.org,de,,subscribed,2019-03-01,,,,',
      'c@example.org,fi,,subscribed,2019-02-30,,,,',
      'd@example.org,fi,,subscribed,2027-01-01,,,,',
      'anna@example.org,en,,subscribed,2020-01-01,,,,',
      'e@example.org,nb,,unsubscribed,2020-01-01,2020-01-01,2021-06-30T08:00:00+02:00,Event list,',
      'f@example.org,nb,,unsubscribed,2020-01-01,,,,',
      'g@example.org,da,gardening,subscribed,2020-01-01,,,,',
      'h@example.org,da,,bounced,2020-01-01,,,,',
      'i@example.org,is,,subscribed,2020-01-05,2020-01-01,,,',
    ].join('\r\n')
    const { rows, problems } = readImportRows(text, themes, now)
    expect(rows).toEqual([
      {
        line: 2,
        email: 'Anna@Example.org',
        emailKey: 'anna@example.org',
        locale: 'sv',
        themes: [1, 2],
        status: 'confirmed',
        subscribedAt: new Date('2019-03-01T00:00:00Z'),
        confirmedAt: new Date('2019-03-02T10:15:00Z'),
        unsubscribedAt: undefined,
        consentSource: 'Old form',
        consentText: 'Version 2 (2018)',
      },
      expect.objectContaining({ line: 8, email: 'e@example.org', status: 'unsubscribed', unsubscribedAt: new Date('2021-06-30T06:00:00Z'), consentSource: 'Event list' }),
    ])
    expect(problems).toEqual([
      { line: 3, email: 'not-an-address', reason: 'invalidEmail', column: 'email' },
      { line: 4, email: 'b@example.org', reason: 'unknownLanguage', column: 'language' },
      { line: 5, email: 'c@example.org', reason: 'badDate', column: 'subscribed_at' },
      { line: 6, email: 'd@example.org', reason: 'badDate', column: 'subscribed_at' },
      { line: 7, email: 'anna@example.org', reason: 'duplicateInFile', column: 'email' },
      { line: 9, email: 'f@example.org', reason: 'badDate', column: 'unsubscribed_at' },
      { line: 10, email: 'g@example.org', reason: 'unknownTheme', column: 'themes' },
      { line: 11, email: 'h@example.org', reason: 'badStatus', column: 'status' },
      { line: 12, email: 'i@example.org', reason: 'datesOutOfOrder', column: undefined },
    ])
  })
  it('refuses a file without the required columns as a whole', () => {
    expect(readImportRows('mail;lang\na@example.org;sv', themes, now)).toEqual({ rows: [], problems: [{ line: 1, reason: 'missingColumns' }] })
  })
  it('reads a semicolon file with only the required columns', () => {
    const { rows } = readImportRows('Email;Language;Subscribed_at\na@example.org;EN;2024-05-06', themes, now)
    expect(rows).toMatchObject([{ email: 'a@example.org', locale: 'en', status: 'confirmed', themes: [], confirmedAt: new Date('2024-05-06T00:00:00Z') }])
  })
})
