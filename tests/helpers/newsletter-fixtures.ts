import type { Payload } from 'payload'
import { dialectOf, rawRows, type SqlValue } from '../../src/db/raw-sql'
import type { Locale } from '../../src/i18n/locales'
import { newPrivateToken } from '../../src/features/workflow/private-link'

export type SubscriberSpec = { email: string; locale: Locale; status?: 'confirmed' | 'pending' | 'unsubscribed' | 'paused' }

/**
 * Subscribers written straight into the table (thousands in a second), each with a real personal
 * token (hashed and sealed as the subscription flow stores it). Returns the tokens by address.
 */
export async function insertSubscribers(payload: Payload, specs: SubscriberSpec[]): Promise<Map<string, string>> {
  const tokens = new Map<string, string>()
  const pg = dialectOf(payload) === 'postgres'
  const now = new Date().toISOString()
  for (let start = 0; start < specs.length; start += 500) {
    const chunk = specs.slice(start, start + 500)
    const params: SqlValue[] = []
    const rows = chunk.map((s) => {
      const { token, hash } = newPrivateToken()
      tokens.set(s.email, token)
      const values: SqlValue[] = [s.email, s.email.toLowerCase(), s.status ?? 'confirmed', s.locale, hash, payload.encrypt(token), now]
      const marks = values.map((v) => {
        params.push(v)
        return pg ? `$${params.length}` : '?'
      })
      return `(${marks.join(', ')})`
    })
    const sql = `INSERT INTO subscribers (email, email_key, status, locale, token_hash, token_sealed, confirmed_at) VALUES ${rows.join(', ')}`
    await rawRows(payload, { postgres: sql, sqlite: sql }, params)
  }
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
export async function createIssue(payload: Payload, versions: Partial<Record<Locale, string>>): Promise<number> {
  let id: number | undefined
  for (const [locale, words] of Object.entries(versions) as [Locale, string][]) {
    const data = { title: `${words} subject`, preheader: `${words} preheader`, body: issueBody(words) }
    // The slug is made from the title (slugField); the type still asks for it.
    if (id === undefined) id = (await payload.create({ collection: 'newsletter-issues', locale, data: { ...data, slug: '' }, overrideAccess: true })).id
    else await payload.update({ collection: 'newsletter-issues', id, locale, data, overrideAccess: true })
  }
  if (id === undefined) throw new Error('createIssue: give at least one version')
  return id
}
