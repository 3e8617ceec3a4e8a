/**
 * What changed, as it travels between instances: small and serializable (PostgreSQL NOTIFY payloads are
 * limited to 8 kB), so it names the document rather than carrying it.
 */
export type ContentChange =
  | { kind: 'document'; collection: string; id: string; deleted: boolean; related?: RelatedDocument[] }
  | { kind: 'global'; global: string }
  /** Sent to local subscribers after the stream lost its connection: changes may have been missed. */
  | { kind: 'resync' }

/** Another document whose derived state follows this one (a replication report's practice). */
export type RelatedDocument = { collection: string; id: string }

export type ChangeListener = (change: ContentChange) => Promise<void> | void

/** Parses a change received from another instance; anything malformed is dropped, never thrown. */
export function parseChange(text: string): ContentChange | undefined {
  try {
    const value = JSON.parse(text) as Partial<Record<string, unknown>>
    if (value.kind === 'document' && typeof value.collection === 'string' && typeof value.id === 'string') {
      const related = Array.isArray(value.related)
        ? value.related.filter(
            (r): r is RelatedDocument => typeof r === 'object' && r !== null && typeof r.collection === 'string' && typeof r.id === 'string',
          )
        : undefined
      return { kind: 'document', collection: value.collection, id: value.id, deleted: value.deleted === true, related }
    }
    if (value.kind === 'global' && typeof value.global === 'string') return { kind: 'global', global: value.global }
    return undefined
  } catch {
    return undefined
  }
}
