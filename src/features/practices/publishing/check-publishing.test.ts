import { describe, expect, it } from 'vitest'
import { checkPublishing, type PublishingFacts } from './check-publishing'

const ready: PublishingFacts = { criteriaMet: ['clear-goals'], criteriaOverride: '', organisations: [7], municipality: '' }

describe('checkPublishing', () => {
  it('allows a practice with a ticked criterion and a responsible organisation', () => {
    expect(checkPublishing(ready, 'en')).toEqual([])
  })
  it('allows an override note instead of criteria, and a municipality instead of an organisation', () => {
    expect(checkPublishing({ criteriaMet: [], criteriaOverride: 'Pilot of national interest.', organisations: [], municipality: 'Vejle' }, 'en')).toEqual([])
  })
  it('refuses no criterion and a blank override note on the criteria field', () => {
    const refusals = checkPublishing({ ...ready, criteriaMet: [], criteriaOverride: '  ' }, 'en')
    expect(refusals).toEqual([{ path: 'criteriaMet', message: expect.stringContaining('Tick at least one quality criterion') }])
  })
  it('refuses neither organisation nor municipality on both fields', () => {
    const refusals = checkPublishing({ ...ready, organisations: [], municipality: ' ' }, 'en')
    expect(refusals.map((r) => r.path)).toEqual(['organisations', 'municipality'])
  })
  it('speaks the editor’s admin language', () => {
    const refusals = checkPublishing({ criteriaMet: [], criteriaOverride: '', organisations: [], municipality: '' }, 'da')
    expect(refusals.map((r) => r.message)).toEqual([
      expect.stringContaining('Markér mindst ét kvalitetskriterium'),
      expect.stringContaining('ansvarlig organisation eller en kommune'),
      expect.stringContaining('ansvarlig organisation eller en kommune'),
    ])
  })
})
