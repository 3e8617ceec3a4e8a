import { describe, expect, it } from 'vitest'
import { countryChoices, labelledOptions } from './label'
import { translator } from './translate'

describe('vocabulary labels', () => {
  it('labels vocabulary values in the reader language', () => {
    expect(labelledOptions(translator('en'), 'evidence', ['emerging', 'proven'])).toEqual([
      { value: 'emerging', label: 'Emerging' },
      { value: 'proven', label: 'Proven' },
    ])
  })
  it('names and sorts the countries in the reader language and alphabet', () => {
    expect(countryChoices(translator('en'), 'en').map((c) => c.value)).toEqual(['AX', 'DK', 'FO', 'FI', 'GL', 'IS', 'NO', 'SE'])
    // Swedish: Åland sorts after Sverige, Färöarna between Finland and Grönland.
    expect(countryChoices(translator('sv'), 'sv').map((c) => c.label)).toEqual([
      'Danmark', 'Finland', 'Färöarna', 'Grönland', 'Island', 'Norge', 'Sverige', 'Åland',
    ])
  })
})
