import { describe, expect, it } from 'vitest'
import { BadRequest } from '../../../domain/errors'
import { chosenFilters, eventQueryParams, parseEventQuery, parseYear } from './parse-event-query'

const q = (s: string) => parseEventQuery(new URLSearchParams(s))

describe('parseEventQuery', () => {
  it('reads every filter of the calendar from the URL', () => {
    expect(q('month=2026-09&country=SE&theme=housing&format=hybrid&kind=own&lang=mine&page=2')).toEqual({
      month: '2026-09',
      country: 'SE',
      theme: 'housing',
      format: 'hybrid',
      kind: 'own',
      mine: true,
      page: 2,
    })
  })

  it('treats empty values (the "any" options of the form) as no filter', () => {
    expect(q('month=&country=&theme=&format=&kind=')).toEqual({ month: undefined, country: undefined, theme: undefined, format: undefined, kind: undefined, mine: false, page: 1 })
  })

  it.each(['month=2026-13', 'month=26-09', 'country=XX', 'country=se', 'format=zoom', 'kind=mine', 'theme=Not%20a%20slug', 'lang=all', 'page=0', 'country=SE&country=NO'])(
    'refuses %s as a bad request',
    (s) => {
      expect(() => q(s)).toThrow(BadRequest)
    },
  )

  it('gives the same state back as parameters, and counts the chosen filters', () => {
    const query = q('country=NO&format=online&lang=mine&page=3')
    expect(eventQueryParams(query)).toEqual([
      ['country', 'NO'],
      ['format', 'online'],
      ['lang', 'mine'],
    ])
    expect(chosenFilters(query)).toBe(3)
  })
})

describe('parseYear', () => {
  it('reads four digits or nothing', () => {
    expect(parseYear(new URLSearchParams('year=2025'))).toBe(2025)
    expect(parseYear(new URLSearchParams(''))).toBeUndefined()
    expect(() => parseYear(new URLSearchParams('year=25'))).toThrow(BadRequest)
  })
})
