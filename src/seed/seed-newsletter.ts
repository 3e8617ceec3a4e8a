import type { Payload } from 'payload'
import { randomUUID } from 'node:crypto'
import { insertRows } from '../db/insert-rows'
import { newPrivateToken } from '../features/workflow/private-link'
import { locales } from '../i18n/locales'
import { blocksToLexical } from '../rich-text/blocks-to-lexical'
import { demoSubscribers, type DemoSubscriber } from './data/demo-subscribers'
import { newsletterIssues } from './data/newsletter-issues'

const day = 24 * 60 * 60 * 1000

/** Whether a demo subscriber was on the list (confirmed and still subscribed) at a moment. */
function wasSubscribed(s: DemoSubscriber, at: number): boolean {
  if (!s.confirmedAt || Date.parse(s.confirmedAt) > at) return false
  const left = s.unsubscribedAt ?? s.suspendedAt
  return !left || Date.parse(left) > at
}

/**
 * The newsletter's demo: about 1,700 subscribers with two years of history (inserted in bulk:
 * one Local API create each would add a minute to every fresh start), and six sent issues in the archive with the counts of their sending. The
 * issues' deliveries themselves are not made up; their counts follow the subscribers' history.
 */
export async function seedNewsletter(payload: Payload, seedDate: Date, log: (msg: string) => void = () => {}): Promise<void> {
  const subscribers = demoSubscribers(seedDate)
  const now = seedDate.toISOString()
  const columns = ['email', 'email_key', 'status', 'locale', 'source', 'first_subscribed_at', 'requested_at', 'confirmed_at', 'unsubscribed_at', 'suspended_at', 'suspended_reason', 'token_hash', 'token_sealed', 'updated_at', 'created_at']
  const rows = subscribers.map((s) => {
    const { hash, token } = newPrivateToken()
    const v = (x: string | undefined) => x ?? null
    return [s.email, s.email, s.status, s.locale, s.source, v(s.firstSubscribedAt), s.requestedAt, v(s.confirmedAt), v(s.unsubscribedAt), v(s.suspendedAt), v(s.suspendedReason), hash, payload.encrypt(token), now, s.requestedAt]
  })
  const ids = new Map((await insertRows(payload, 'subscribers', columns, rows, ['id', 'email_key'])).map((r) => [String(r.email_key), Number(r.id)]))
  const consents = subscribers.flatMap((s) =>
    s.consents.map((c, i) => [i + 1, ids.get(s.email)!, randomUUID().replace(/-/g, '').slice(0, 24), c.action, c.at, c.source ?? null, c.wording ?? null, c.locale ?? null, c.detail ?? null]),
  )
  await insertRows(payload, 'subscribers_consents', ['_order', '_parent_id', 'id', 'action', 'at', 'source', 'wording', 'locale', 'detail'], consents)
  log(`seed: ${subscribers.length} newsletter subscribers`)
  for (const issue of newsletterIssues) {
    const sentAt = seedDate.getTime() - issue.sentDaysAgo * day
    const recipients = subscribers.filter((s) => wasSubscribed(s, sentAt)).length
    const failed = Math.round(recipients * 0.004)
    let id: number | undefined
    for (const locale of locales) {
      const t = issue.translations[locale]
      if (!t) continue
      const data = { title: t.title, preheader: t.preheader, body: blocksToLexical(t.body) }
      if (id === undefined) {
        const created = await payload.create({
          collection: 'newsletter-issues',
          locale,
          data: { ...data, slug: issue.slug, status: 'sent', sentAt: new Date(sentAt).toISOString(), scheduledAt: new Date(sentAt).toISOString(), counts: { recipients, delivered: recipients - failed, failed, uncertain: 0 } },
          overrideAccess: true,
          depth: 0,
        })
        id = created.id
      } else await payload.update({ collection: 'newsletter-issues', id, locale, data, overrideAccess: true, depth: 0 })
    }
  }
  log(`seed: ${newsletterIssues.length} sent newsletter issues`)
}
