import type { Payload } from 'payload'
import type { Locale } from '../../i18n/locales'

type Args<T> = {
  collection: 'news' | 'pages' | 'themes' | 'media' | 'organisations' | 'practices' | 'replications'
  /** Fields shared by all languages. */
  shared: Record<string, unknown>
  /** Localized fields per language; only the languages present are written. */
  translations: Partial<Record<Locale, T>>
  toFields: (t: T) => Record<string, unknown>
  file?: { data: Buffer; mimetype: string; name: string; size: number }
  /** For collections with drafts: save as published (default) or as a draft. */
  drafts?: 'published' | 'draft'
  /** Passed to hooks, e.g. { seeding: true } to skip notifications. */
  context?: Record<string, unknown>
}

/** Creates a document in its first language, then adds each other language as its own update. */
export async function localizedCreate<T>(payload: Payload, args: Args<T>): Promise<number> {
  const entries = Object.entries(args.translations) as [Locale, T][]
  if (entries.length === 0) throw new Error('A document needs at least one language')
  const status = args.drafts ? { _status: args.drafts } : {}
  const draft = args.drafts === 'draft'
  const [[first, firstFields], ...rest] = entries
  // Field data is assembled generically here; Payload validates it against the collection at runtime.
  const created = await payload.create({
    collection: args.collection,
    locale: first,
    data: { ...args.shared, ...args.toFields(firstFields), ...status },
    file: args.file,
    overrideAccess: true,
    draft,
    context: args.context,
  } as Parameters<Payload['create']>[0])
  for (const [locale, fields] of rest) {
    await payload.update({
      collection: args.collection,
      id: created.id,
      locale,
      data: { ...args.toFields(fields), ...status },
      overrideAccess: true,
      draft,
      context: args.context,
    } as Parameters<Payload['update']>[0])
  }
  return Number(created.id)
}
