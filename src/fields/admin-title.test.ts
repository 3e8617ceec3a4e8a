import { describe, expect, it } from 'vitest'
import { adminTitles } from './admin-title'

describe('admin titles', () => {
  it('show the title of the content locale when there is one', () => {
    expect(adminTitles({ en: 'Homework help', da: 'Lektiehjælp' }).en).toBe('Homework help')
  })
  it('fall back along the site’s chain and say which language they show', () => {
    const shown = adminTitles({ da: 'Lektiehjælp i Aarhus' })
    expect(shown.en).toBe('Lektiehjælp i Aarhus [da]')
    expect(shown.da).toBe('Lektiehjælp i Aarhus')
    expect(adminTitles({ sv: 'Läxhjälp', da: 'Lektiehjælp' }).nb).toBe('Lektiehjælp [da]')
    expect(adminTitles({ sv: 'Läxhjälp', en: 'Homework help' }).is).toBe('Homework help [en]')
  })
  it('skip empty titles and stay empty when there is none', () => {
    expect(adminTitles({ en: '  ', fi: 'Läksyapu' }).en).toBe('Läksyapu [fi]')
    expect(adminTitles({}).sv).toBe('')
  })
})
