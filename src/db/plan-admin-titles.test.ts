import { describe, expect, it } from 'vitest'
import { planAdminTitles } from './plan-admin-titles'

describe('the admin-title backfill', () => {
  it('updates the locale rows a document has and inserts the ones it lacks', () => {
    const writes = planAdminTitles([{ parent: 7, locale: 'da', title: 'Lektiehjælp' }])
    expect(writes).toHaveLength(6)
    expect(writes.find((w) => w.locale === 'da')).toEqual({ parent: 7, locale: 'da', value: 'Lektiehjælp', insert: false })
    expect(writes.find((w) => w.locale === 'en')).toEqual({ parent: 7, locale: 'en', value: 'Lektiehjælp [da]', insert: true })
  })
  it('leaves documents without any title alone', () => {
    expect(planAdminTitles([{ parent: 1, locale: 'sv', title: null }])).toEqual([])
  })
})
