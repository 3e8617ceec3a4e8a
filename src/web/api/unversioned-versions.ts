import type { Payload } from 'payload'

const versionsPath = /^\/api\/(?:globals\/)?([^/?]+)\/versions(?:[/?]|$)/

/**
 * Whether a request asks for the versions of a collection or global that keeps none. Payload 3.90.1
 * answers those with a 500 for logged-in users; there is nothing to find, so the API says 404.
 */
export function asksForMissingVersions(payload: Payload, url: string): boolean {
  const slug = versionsPath.exec(url)?.[1]
  if (!slug) return false
  const isGlobal = url.startsWith('/api/globals/')
  const config = isGlobal
    ? payload.config.globals.find((g) => g.slug === slug)
    : payload.config.collections.find((c) => c.slug === slug)
  return config !== undefined && !config.versions
}
