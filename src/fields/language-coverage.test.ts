import { describe, expect, it } from 'vitest'
import { languagesOf } from './language-coverage'

describe('languagesOf', () => {
  it('lists the languages with a title, in the site’s order, ignoring blank ones', () => {
    expect(languagesOf({ en: 'Homework help', da: 'Lektiehjælp', fi: '  ', xx: 'no' })).toEqual(['da', 'en'])
  })
  it('is empty for a document without titles', () => {
    expect(languagesOf(null)).toEqual([])
    expect(languagesOf('A plain title')).toEqual([])
  })
})
