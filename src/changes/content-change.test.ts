import { describe, expect, it } from 'vitest'
import { parseChange, type ContentChange } from './content-change'

describe('parseChange', () => {
  it('reads back what an instance sent', () => {
    const change: ContentChange = { kind: 'document', collection: 'news', id: '7', deleted: false, related: [{ collection: 'practices', id: '3' }] }
    expect(parseChange(JSON.stringify(change))).toEqual(change)
    expect(parseChange(JSON.stringify({ kind: 'global', global: 'site-settings' }))).toEqual({ kind: 'global', global: 'site-settings' })
  })
  it('drops malformed messages instead of throwing', () => {
    expect(parseChange('not json')).toBeUndefined()
    expect(parseChange(JSON.stringify({ kind: 'document', collection: 'news', id: 7 }))).toBeUndefined()
    expect(parseChange(JSON.stringify({ kind: 'resync' }))).toBeUndefined()
  })
})
