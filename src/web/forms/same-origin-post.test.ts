import { describe, expect, it } from 'vitest'
import { isSameOriginPost } from './same-origin-post'

const own = ['https://integration.example', 'http://127.0.0.1:3000']

describe('same-origin form posts', () => {
  it('accepts posts from our own pages', () => {
    expect(isSameOriginPost({ origin: 'https://integration.example', 'sec-fetch-site': 'same-origin' }, own)).toBe(true)
    expect(isSameOriginPost({ origin: 'http://127.0.0.1:3000' }, own)).toBe(true)
  })
  it('refuses posts another site made the browser send', () => {
    expect(isSameOriginPost({ origin: 'https://evil.example' }, own)).toBe(false)
    expect(isSameOriginPost({ 'sec-fetch-site': 'cross-site' }, own)).toBe(false)
    expect(isSameOriginPost({ 'sec-fetch-site': 'same-site', origin: 'https://integration.example' }, own)).toBe(false)
    expect(isSameOriginPost({ origin: 'null' }, own)).toBe(false)
    expect(isSameOriginPost({ origin: 'https://integration.example.evil.example' }, own)).toBe(false)
  })
  it('leaves clients that send neither header to the CSRF check', () => {
    expect(isSameOriginPost({}, own)).toBe(true)
  })
})
