import { describe, expect, it } from 'vitest'
import { makeEtag, PageCache } from './page-cache'

const page = (s: string) => ({ body: Buffer.from(s), etag: makeEtag(Buffer.from(s)), contentType: 'text/html' })

describe('PageCache', () => {
  it('stores and clears pages', () => {
    const c = new PageCache()
    c.set('/sv/', page('a'), c.currentGeneration())
    expect(c.get('/sv/')?.body.toString()).toBe('a')
    c.clear()
    expect(c.get('/sv/')).toBeUndefined()
  })
  it('does not store a page rendered before an invalidation', () => {
    const c = new PageCache()
    const generation = c.currentGeneration()
    c.clear() // content changed while the page was rendering
    c.set('/sv/', page('stale'), generation)
    expect(c.get('/sv/')).toBeUndefined()
  })
  it('evicts the least recently used page beyond its bound', () => {
    const c = new PageCache(2)
    const g = c.currentGeneration()
    c.set('/a', page('a'), g)
    c.set('/b', page('b'), g)
    c.get('/a')
    c.set('/c', page('c'), g)
    expect(c.get('/b')).toBeUndefined()
    expect(c.get('/a')).toBeDefined()
    expect(c.size).toBe(2)
  })
  it('gives equal bodies equal etags and different bodies different ones', () => {
    expect(makeEtag(Buffer.from('x'))).toBe(makeEtag(Buffer.from('x')))
    expect(makeEtag(Buffer.from('x'))).not.toBe(makeEtag(Buffer.from('y')))
  })
})
