import { describe, expect, it } from 'vitest'
import { malformedQueryOf } from './malformed-query'

describe('malformedQueryOf', () => {
  it('names a where or data parameter that is not JSON', () => {
    expect(malformedQueryOf('/api/news?where=notanobject')).toBe('The where parameter is not valid JSON')
    expect(malformedQueryOf('/api/news/1?data={')).toBe('The data parameter is not valid JSON')
  })
  it('refuses a negative page', () => {
    expect(malformedQueryOf('/api/news?page=-1')).toBe('The page parameter cannot be negative')
  })
  it('lets readable queries through: bracketed where, JSON where, ordinary pages', () => {
    for (const url of ['/api/news', '/api/news?where[title][like]=x&page=2', '/api/news?where=%7B%22title%22%3A%7B%22like%22%3A%22x%22%7D%7D', '/api/news?page=abc', '/api/news?page=0&where='])
      expect(malformedQueryOf(url)).toBeUndefined()
  })
})
