import type { Payload } from 'payload'

// Payload caches instances by key; request handlers outside the Local API (REST, GraphQL) look the
// instance up by that key, so each started instance remembers its own (tests run several).
const keys = new WeakMap<Payload, string>()

export function rememberPayloadKey(payload: Payload, key: string | undefined): void {
  if (key) keys.set(payload, key)
}

/** The cache key the instance was started with; undefined means Payload's default instance. */
export function payloadKeyOf(payload: Payload): string | undefined {
  return keys.get(payload)
}
