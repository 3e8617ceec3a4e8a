import { describe, expect, it } from 'vitest'
import { anyChange, collectionTag, documentTag, makeEtag, PageCache } from './page-cache'

const page = (s: string) => ({ body: Buffer.from(s), etag: makeEtag(Buffer.from(s)), contentType: 'text/html' })
const newsChange = (id: string) => ({ kind: 'document' as const, collection: 'news', id, deleted: false })

describe('PageCache', () => {
  it('stores and clears pages', () => {
    const c = new PageCache()
    c.set('/sv/', page('a'), c.currentGeneration())
    expect(c.get('/sv/')?.body.toString()).toBe('a')
    c.clear()
    expect(c.get('/sv/')).toBeUndefined()
  })
  it('does not store a page rendered before a change arrived', () => {
    const c = new PageCache()
    const generation = c.currentGeneration()
    c.invalidate(newsChange('1')) // content changed while the page was rendering
    c.set('/sv/', page('stale'), generation)
    expect(c.get('/sv/')).toBeUndefined()
  })
  it('removes only the pages that show the changed document or its collection', () => {
    const c = new PageCache()
    const g = c.currentGeneration()
    c.set('/sv/news', page('list'), g, [collectionTag('news')])
    c.set('/sv/news/a', page('a'), g, [documentTag('news', '1')])
    c.set('/sv/news/b', page('b'), g, [documentTag('news', '2')])
    c.set('/sv/about', page('about'), g, [documentTag('pages', '1')])
    c.set('/sv/', page('home'), g, [anyChange])
    expect(c.invalidate(newsChange('1'))).toBe(3)
    expect(c.get('/sv/news')).toBeUndefined()
    expect(c.get('/sv/news/a')).toBeUndefined()
    expect(c.get('/sv/')).toBeUndefined()
    expect(c.get('/sv/news/b')?.body.toString()).toBe('b')
    expect(c.get('/sv/about')?.body.toString()).toBe('about')
  })
  it('removes the pages of a related document (a practice when its replication report changes)', () => {
    const c = new PageCache()
    c.set('/sv/practices/x', page('x'), c.currentGeneration(), [documentTag('practices', '9')])
    c.invalidate({ kind: 'document', collection: 'replications', id: '4', deleted: false, related: [{ collection: 'practices', id: '9' }] })
    expect(c.get('/sv/practices/x')).toBeUndefined()
  })
  it('drops everything on a global change or a resync', () => {
    const c = new PageCache()
    c.set('/sv/about', page('about'), c.currentGeneration(), [documentTag('pages', '1')])
    c.invalidate({ kind: 'global', global: 'site-settings' })
    expect(c.size).toBe(0)
    c.set('/sv/about', page('about'), c.currentGeneration(), [documentTag('pages', '1')])
    c.invalidate({ kind: 'resync' })
    expect(c.size).toBe(0)
  })
  it('re-renders a page after its maximum age even without a change', () => {
    let now = 1_000
    const c = new PageCache(10, 5_000, () => now)
    c.set('/sv/', page('a'), c.currentGeneration())
    now += 4_999
    expect(c.get('/sv/')).toBeDefined()
    now += 1
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
  it('keeps recency right when the newest page is asked for again, and when a page is stored anew', () => {
    const c = new PageCache(3)
    const g = c.currentGeneration()
    c.set('/a', page('a'), g)
    c.set('/b', page('b'), g)
    c.set('/c', page('c'), g)
    c.get('/c') // already the newest
    c.get('/a') // now the newest: order b, c, a
    c.get('/a')
    c.set('/b', page('b2'), g) // stored anew: order c, a, b
    c.set('/d', page('d'), g) // evicts c
    expect(c.get('/c')).toBeUndefined()
    expect(c.get('/b')?.body.toString()).toBe('b2')
    c.set('/e', page('e'), g) // order a, d, b → evicts a
    expect(c.get('/a')).toBeUndefined()
    expect(c.get('/d')).toBeDefined()
    expect(c.get('/b')).toBeDefined()
  })
  it('gives equal bodies equal etags and different bodies different ones', () => {
    expect(makeEtag(Buffer.from('x'))).toBe(makeEtag(Buffer.from('x')))
    expect(makeEtag(Buffer.from('x'))).not.toBe(makeEtag(Buffer.from('y')))
  })
})
