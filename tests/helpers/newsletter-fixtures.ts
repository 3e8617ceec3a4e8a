import type { Payload } from 'payload'
import { insertRows } from '../../src/db/insert-rows'
import type { Locale } from '../../src/i18n/locales'
import { emailKey } from '../../src/domain/email-key'
import { newPrivateToken } from '../../src/features/workflow/private-link'
import type { NewsletterDelivery, NewsletterIssue, Subscriber } from '../../src/payload-types'

/** A subscriber as the sign-up would leave them (confirmed by default), with their personal token. */
export async function createSubscriber(payload: Payload, email: string, data: Partial<Subscriber> = {}): Promise<{ subscriber: Subscriber; token: string }> {
  const { token, hash } = newPrivateToken()
  const at = data.confirmedAt ?? new Date().toISOString()
  const subscriber = await payload.create({
    collection: 'subscribers',
    data: {
      email,
      emailKey: emailKey(email),
      status: 'confirmed',
      locale: 'en',
      source: 'newsletterPage',
      firstSubscribedAt: at,
      requestedAt: at,
      confirmedAt: at,
      tokenHash: hash,
      tokenSealed: payload.encrypt(token),
      consents: [
        { action: 'requested', at, source: 'newsletterPage', locale: data.locale ?? 'en' },
        { action: 'confirmed', at, source: 'newsletterPage', locale: data.locale ?? 'en' },
      ],
      ...data,
    },
    overrideAccess: true,
    depth: 0,
  })
  return { subscriber, token }
}

let issues = 0
/** A newsletter issue; `sent` gives it the status and counts a finished send leaves. */
export async function createIssue(payload: Payload, data: Pick<NewsletterIssue, 'status' | 'sentAt' | 'counts'> = {}): Promise<NewsletterIssue> {
  issues++
  return payload.create({ collection: 'newsletter-issues', locale: 'en', data: { title: `Issue ${issues}`, slug: `issue-${issues}`, ...data }, overrideAccess: true, depth: 0 })
}

/** One sent copy of an issue to a subscriber. */
export async function createDelivery(payload: Payload, issue: NewsletterIssue, subscriber: Subscriber, data: Partial<NewsletterDelivery> = {}): Promise<NewsletterDelivery> {
  return payload.create({
    collection: 'newsletter-deliveries',
    data: { issue: issue.id, subscriber: subscriber.id, email: subscriber.email, locale: subscriber.locale, batch: 0, state: 'sent', stateAt: new Date().toISOString(), ...data },
    overrideAccess: true,
    depth: 0,
  })
}

export type SubscriberSpec = { email: string; locale: Locale; status?: 'confirmed' | 'pending' | 'unsubscribed' | 'paused' }

/**
 * Subscribers written straight into the table (thousands in a second), each with a real personal
 * token (hashed and sealed as the subscription flow stores it). Returns the tokens by address.
 */
export async function insertSubscribers(payload: Payload, specs: SubscriberSpec[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>()
  const now = new Date().toISOString()
  const rows = specs.map((s) => {
    const { token, hash } = newPrivateToken()
    tokens.set(s.email, token)
    return [s.email, s.email.toLowerCase(), s.status ?? 'confirmed', s.locale, hash, payload.encrypt(token), now, now, now]
  })
  await insertRows(payload, 'subscribers', ['email', 'email_key', 'status', 'locale', 'token_hash', 'token_sealed', 'confirmed_at', 'updated_at', 'created_at'], rows)
  return tokens
}

type Node = { type: string; version: number; [k: string]: unknown }
type Lexical = { root: { type: 'root'; children: Node[]; direction: 'ltr'; format: ''; indent: 0; version: 1 } }

const text = (t: string): Node => ({ type: 'text', text: t, format: 0, version: 1, detail: 0, mode: 'normal', style: '' })
const para = (...children: Node[]): Node => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 })

/** A small issue body: a heading, a paragraph with a site link and an outside link, a list. */
export function issueBody(words: string): Lexical {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        { type: 'heading', tag: 'h2', children: [text(`${words} heading`)], direction: 'ltr', format: '', indent: 0, version: 1 },
        para(
          text(`${words} paragraph. Read `),
          { type: 'link', fields: { url: '/sv/news/example', linkType: 'custom' }, children: [text('the news')], direction: 'ltr', format: '', indent: 0, version: 1 },
          text(' and '),
          { type: 'link', fields: { url: 'https://example.org/report', linkType: 'custom' }, children: [text('the report')], direction: 'ltr', format: '', indent: 0, version: 1 },
          text('.'),
        ),
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          children: [1, 2].map((n) => ({ type: 'listitem', value: n, children: [text(`${words} item ${n}`)], direction: 'ltr', format: '', indent: 0, version: 1 })),
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
        },
      ],
    },
  }
}

/** An issue with the given language versions (subject = title), created as editors would. */
export async function createIssueInLanguages(payload: Payload, versions: Partial<Record<Locale, string>>): Promise<number> {
  let id: number | undefined
  for (const [locale, words] of Object.entries(versions) as [Locale, string][]) {
    const data = { title: `${words} subject`, preheader: `${words} preheader`, body: issueBody(words) }
    // The slug is made from the title (slugField); the type still asks for it.
    if (id === undefined) id = (await payload.create({ collection: 'newsletter-issues', locale, data: { ...data, slug: '' }, overrideAccess: true })).id
    else await payload.update({ collection: 'newsletter-issues', id, locale, data, overrideAccess: true })
  }
  if (id === undefined) throw new Error('createIssueInLanguages: give at least one version')
  return id
}
