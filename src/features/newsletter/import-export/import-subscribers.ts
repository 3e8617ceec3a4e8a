import type { Payload } from 'payload'
import { newPrivateToken } from '../../workflow/private-link'
import { consentEntry, type ConsentEntry } from '../subscription/consent-entry'
import type { ImportProblem } from './import-format'
import { readImportRows, type ImportRow } from './read-import-rows'

export type ImportReport = { imported: number; problems: ImportProblem[] }

/**
 * Imports a list from the earlier mailer (CSV, see import-format.ts). Each good row becomes a
 * subscriber with the file's dates (first subscribed, confirmed, unsubscribed) and a consent
 * record that says so: an `imported` entry dated when they confirmed in the old mailer, carrying
 * its consent source and wording, and for someone who had left, an `unsubscribed` entry at that
 * date. Each gets a fresh personal token. An address already here is reported, never overwritten
 * (it may have newer consent than the file). Rows are saved one by one, so a failing row (an
 * address that signed up meanwhile) costs only that row.
 */
export async function importSubscribers(payload: Payload, text: string, now = new Date()): Promise<ImportReport> {
  const themeDocs = (await payload.find({ collection: 'themes', pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })).docs
  const themes = new Map(themeDocs.map((t) => [t.slug.toLowerCase(), t.id]))
  const { rows, problems } = readImportRows(text, themes, now)
  const present = new Set(
    rows.length
      ? (await payload.find({ collection: 'subscribers', where: { emailKey: { in: rows.map((r) => r.emailKey) } }, pagination: false, depth: 0, overrideAccess: true, select: { emailKey: true } })).docs.map((s) => s.emailKey)
      : [],
  )
  let imported = 0
  for (const row of rows) {
    if (present.has(row.emailKey)) {
      problems.push({ line: row.line, email: row.email, reason: 'alreadySubscribed' })
      continue
    }
    try {
      await createImported(payload, row)
      imported++
    } catch (error) {
      // Most likely the unique address: someone subscribed between the check and this row.
      const taken = (await payload.count({ collection: 'subscribers', where: { emailKey: { equals: row.emailKey } }, overrideAccess: true })).totalDocs > 0
      if (!taken) payload.logger.error({ err: error }, `newsletter import: line ${row.line} not saved`)
      problems.push({ line: row.line, email: row.email, reason: taken ? 'alreadySubscribed' : 'notSaved' })
    }
  }
  problems.sort((a, b) => a.line - b.line)
  return { imported, problems }
}

async function createImported(payload: Payload, row: ImportRow): Promise<void> {
  const { token, hash } = newPrivateToken()
  const consents: ConsentEntry[] = [consentEntry('imported', row.confirmedAt, { source: 'import', wording: row.consentText ?? null, locale: row.locale, detail: row.consentSource ?? null })]
  if (row.unsubscribedAt) consents.push(consentEntry('unsubscribed', row.unsubscribedAt, { source: 'import', detail: 'import' }))
  await payload.create({
    collection: 'subscribers',
    data: {
      email: row.email,
      emailKey: row.emailKey,
      status: row.status,
      locale: row.locale,
      themes: row.themes,
      source: 'import',
      firstSubscribedAt: row.subscribedAt.toISOString(),
      // The list's default order is by sign-up request; an imported one's is its subscription date.
      requestedAt: row.subscribedAt.toISOString(),
      confirmedAt: row.confirmedAt.toISOString(),
      unsubscribedAt: row.unsubscribedAt?.toISOString() ?? null,
      tokenHash: hash,
      tokenSealed: payload.encrypt(token),
      consents,
    },
    overrideAccess: true,
    depth: 0,
  })
}
