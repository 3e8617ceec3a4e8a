import { describe, expect, it } from 'vitest'
import { parseCsv } from './parse-csv'

describe('parseCsv', () => {
  it('reads quoted cells with separators, quotes and line breaks, and numbers records by their first line', () => {
    const text = '\uFEFFemail,consent_text\r\na@example.org,"Yes, please"\r\n\r\nb@example.org,"Two\r\nlines ""quoted"""\r\nc@example.org,\r\n'
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['email', 'consent_text'] },
      { line: 2, cells: ['a@example.org', 'Yes, please'] },
      { line: 4, cells: ['b@example.org', 'Two\r\nlines "quoted"'] },
      { line: 6, cells: ['c@example.org', ''] },
    ])
  })
  it('takes the semicolon as separator when the header uses it', () => {
    expect(parseCsv('email;language\nå@example.org;sv')).toEqual([
      { line: 1, cells: ['email', 'language'] },
      { line: 2, cells: ['å@example.org', 'sv'] },
    ])
  })
})
