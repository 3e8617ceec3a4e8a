import { pageCacheOf } from '../../cache/page-cache'
import type { Payload } from 'payload'
import { GenerationMemo } from '../../cache/generation-memo'
import type { SiteChrome } from '../../web/context'
import { loadSiteChrome } from './load-site-chrome'

const memos = new WeakMap<Payload, GenerationMemo<SiteChrome>>()

/**
 * The site chrome every page shows, read once per content generation rather than per render: an
 * uncached page or a 404 then costs no settings query. Read as an anonymous reader, so it is the same
 * for everyone.
 */
export function loadCachedSiteChrome(payload: Payload): Promise<SiteChrome> {
  let memo = memos.get(payload)
  if (!memo) {
    memo = new GenerationMemo(() => loadSiteChrome(payload), pageCacheOf(payload))
    memos.set(payload, memo)
  }
  return memo.get()
}
