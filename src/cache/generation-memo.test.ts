import { describe, expect, it } from 'vitest'
import { GenerationMemo } from './generation-memo'
import { PageCache } from './page-cache'

describe('GenerationMemo', () => {
  const counting = () => {
    let loads = 0
    return { load: async () => ++loads, loads: () => loads }
  }

  it('loads once while nothing changes, again after a change', async () => {
    const cache = new PageCache()
    const c = counting()
    const memo = new GenerationMemo(c.load, cache)
    expect(await memo.get()).toBe(1)
    expect(await memo.get()).toBe(1)
    cache.invalidate({ kind: 'global', global: 'site-settings' })
    expect(await memo.get()).toBe(2)
  })

  it('reloads after the maximum age', async () => {
    let now = 0
    const cache = new PageCache(10, 1000, () => now)
    const c = counting()
    const memo = new GenerationMemo(c.load, cache, () => now)
    await memo.get()
    now = 999
    expect(await memo.get()).toBe(1)
    now = 1000
    expect(await memo.get()).toBe(2)
  })

  it('peeks without waiting: undefined until loaded, then the value', async () => {
    const cache = new PageCache()
    const c = counting()
    const memo = new GenerationMemo(c.load, cache)
    expect(memo.peek()).toBeUndefined()
    await memo.get()
    expect(memo.peek()).toBe(1)
    expect(c.loads()).toBe(1)
    cache.clear()
    expect(memo.peek()).toBeUndefined()
    expect(await memo.get()).toBe(2)
  })

  it('does not keep a failed load', async () => {
    let fail = true
    const memo = new GenerationMemo(async () => {
      if (fail) throw new Error('database down')
      return 'ok'
    }, new PageCache())
    await expect(memo.get()).rejects.toThrow('database down')
    fail = false
    expect(await memo.get()).toBe('ok')
  })
})
