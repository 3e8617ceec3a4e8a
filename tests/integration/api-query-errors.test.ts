import type { FastifyInstance } from 'fastify'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { seedDemo } from '../../src/seed/seed-demo'
import { buildApp } from '../../src/web/app'
import { createNews, newsSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 8: where clauses that Payload 3.90.1 handed to the database as SQL it refuses
// (`like` on rich text, enums or dates, a word for a relationship ID) answered 500 to anyone.
let t: TestPayload
let app: FastifyInstance
let editorToken = ''
const secret = 'zqxsecret'
let proposalWord = ''
const appLines: string[] = []

beforeAll(async () => {
  t = await startTestPayload()
  // Real content: the demo set, with drafts, proposals in every workflow state, relationships.
  await seedDemo(t.payload)
  const noRefs = { themes: new Map<string, number>(), images: new Map<string, number>() }
  await createNews(
    t.payload,
    newsSeed({
      slug: 'unpublished-draft',
      translations: {
        sv: { title: `Utkast ${secret}`, summary: 's', body: [{ type: 'p', text: 'x' }] },
        en: { title: `Draft ${secret}`, summary: 's', body: [{ type: 'p', text: 'x' }] },
      },
    }),
    noRefs,
    false,
  )
  // The longest word of an unpublished proposal's title, in whichever language it was sent.
  const proposal = await t.payload.find({ collection: 'practices', where: { workflowStatus: { not_equals: 'published' } }, limit: 1, locale: 'all', overrideAccess: true })
  const titles = Object.values((proposal.docs[0]?.title ?? {}) as Record<string, string | null>).filter((v): v is string => Boolean(v))
  proposalWord = titles.join(' ').split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? ''
  app = await buildApp({ payload: t.payload, env: t.env, logger: { write: (line) => appLines.push(line) } })
  await t.payload.create({ collection: 'users', data: { email: 'ed@test.example', password: 'a-long-password', roles: ['editor'] }, overrideAccess: true })
  editorToken = String((await t.payload.login({ collection: 'users', data: { email: 'ed@test.example', password: 'a-long-password' } })).token)
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const as = (who: 'anonymous' | 'editor') => (who === 'editor' ? { authorization: `JWT ${editorToken}` } : {})

function get(url: string, who: 'anonymous' | 'editor') {
  return app.inject({ method: 'GET', url, headers: as(who) })
}

function graphql(query: string, who: 'anonymous' | 'editor') {
  return app.inject({ method: 'POST', url: '/api/graphql', headers: { 'content-type': 'application/json', ...as(who) }, payload: JSON.stringify({ query }) })
}

const collections = ['news', 'pages', 'themes', 'practices'] as const
const suffixes = ['', '&draft=true', '&draft=true&locale=all', '&draft=true&locale=sv', '&draft=true&depth=2']

/** Where clauses the probe sent, and those that reached the database as SQL it refuses. */
const queries: Record<(typeof collections)[number], string[]> = {
  news: [
    'where[title][like]=x', 'where[title][contains]=x', 'where[or][0][title][like]=x', 'sort=title', 'sort=-title',
    'where[body][like]=x', 'where[or][0][body][contains]=x', 'where[body.sv][like]=x', 'where[_status][like]=pub',
    'where[themes][like]=x', 'where[themes][equals]=x', 'where[image][contains]=x', 'where[publishedAt][contains]=2026',
    'where[publishedAt][greater_than]=x', 'where[countries][like]=SE', 'where[countries][equals]=XX', 'where[title][near]=1,2',
    'where[title][all]=x', 'where[themes][in]=x,1', 'where[themes.slug][like]=x', 'where[themes.createdAt][like]=x',
  ],
  pages: ['where[title][like]=x', 'where[body][like]=x', 'where[_status][contains]=x', 'where[createdAt][like]=x', 'sort=title'],
  themes: ['where[title][like]=x', 'where[updatedAt][contains]=x', 'where[createdAt][within]=x', 'sort=-title'],
  practices: [
    'where[title][like]=x', 'where[challenge][like]=x', 'where[country][like]=S', 'where[targetGroups][equals]=x',
    'where[workflowStatus][like]=pub', 'where[startDate][contains]=2020', 'where[organisations][like]=x',
    'where[attachments][contains]=x', 'where[criteriaMet][contains]=x', 'sort=title',
  ],
}

const requests = collections.flatMap((c) => queries[c].flatMap((q) => suffixes.map((s) => `/api/${c}?${q}${s}`)))

describe('REST queries on real content never answer 500', () => {
  it.each(['anonymous', 'editor'] as const)('for %s: a clear 2xx or 400, never 5xx', async (who) => {
    const failed: string[] = []
    for (const url of [...requests, ...requests.map((u) => u.replace('?', '/count?'))]) {
      const res = await get(url, who)
      if (res.statusCode >= 500 || ![200, 400].includes(res.statusCode)) failed.push(`${res.statusCode} ${url}`)
      // No 4xx or 2xx may carry a title anonymous readers must not see.
      if (who === 'anonymous') expect(res.body, url).not.toContain(secret)
    }
    expect(failed).toEqual([])
  })

  it('refuses a where clause its field cannot take with 400, worded as Payload words a path it refuses', async () => {
    const res = await get('/api/news?where[body][like]=x&draft=true', 'anonymous')
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ errors: [{ name: 'QueryError', message: 'The following path cannot be queried: body' }] })
    const select = await get('/api/practices?where[country][like]=S', 'editor')
    expect(select.statusCode).toBe(400)
  })

  it('answers 400 to query strings Payload cannot read: a where or data that is not JSON, a negative page', async () => {
    for (const url of ['/api/news?where=notjson', '/api/news/versions?where={', '/api/news/1?data=x', '/api/news?page=-1&draft=true']) {
      const res = await get(url, 'anonymous')
      expect(res.statusCode, url).toBe(400)
    }
    // JSON where clauses are read, and guarded, like bracketed ones.
    expect((await get(`/api/news?where=${encodeURIComponent('{"title":{"like":"x"}}')}`, 'anonymous')).statusCode).toBe(200)
    expect((await get(`/api/news?where=${encodeURIComponent('{"body":{"like":"x"}}')}`, 'anonymous')).statusCode).toBe(400)
  })

  it('answers a like on a localized title with drafts with the right documents: anonymous see no draft, editors do', async () => {
    for (const q of [`where[title][like]=${secret}&draft=true`, `where[or][0][title][contains]=${secret}&draft=true&locale=all`, `where[title][like]=${secret}&draft=true&locale=sv&depth=2&sort=title`]) {
      const anonymous = await get(`/api/news?${q}`, 'anonymous')
      expect(anonymous.statusCode).toBe(200)
      expect(anonymous.json()).toMatchObject({ totalDocs: 0 })
      const editor = await get(`/api/news?${q}`, 'editor')
      expect(editor.statusCode).toBe(200)
      expect(editor.json()).toMatchObject({ totalDocs: 1 })
      expect(editor.body).toContain(secret)
    }
    // A published item is found through the same query by anyone.
    const published = await get('/api/news?where[title][like]=a&draft=true&locale=en', 'anonymous')
    expect(published.json<{ totalDocs: number }>().totalDocs).toBeGreaterThan(0)
  })

  it('keeps proposals out of an anonymous like-query on practices, with drafts asked for', async () => {
    expect(proposalWord.length).toBeGreaterThan(3)
    const url = `/api/practices?where[title][like]=${encodeURIComponent(proposalWord)}&draft=true&locale=all`
    const anonymous = await get(url, 'anonymous')
    expect(anonymous.statusCode).toBe(200)
    const editor = await get(url, 'editor')
    expect(editor.json<{ totalDocs: number }>().totalDocs).toBeGreaterThan(anonymous.json<{ totalDocs: number }>().totalDocs)
  })
})

describe('GraphQL queries with draft: true never fail as server errors', () => {
  // Each list with where clauses its schema accepts: the title ones the probe sent, and rich
  // text, dates and relationships, which reached the database as SQL it refuses.
  const wheres: Record<string, string[]> = {
    NewsItems: ['{ title: { like: "x" } }', '{ OR: [{ title: { contains: "x" } }] }', '{ body: { like: "x" } }', '{ body: { contains: "x" } }', '{ publishedAt: { like: "2026-01-01T00:00:00.000Z" } }', '{ themes: { equals: "x" } }'],
    Pages: ['{ title: { like: "x" } }', '{ body: { like: "x" } }', '{ createdAt: { like: "2026-01-01T00:00:00.000Z" } }'],
    Themes: ['{ title: { like: "x" } }', '{ description: { contains: "x" } }', '{ updatedAt: { like: "2026-01-01T00:00:00.000Z" } }'],
    Practices: ['{ title: { like: "x" } }', '{ challenge: { like: "x" } }', '{ startDate: { like: "2026-01-01T00:00:00.000Z" } }', '{ organisations: { in: ["x"] } }'],
  }
  const variants = ['draft: true', 'draft: true, locale: sv', 'locale: en']

  it.each(['anonymous', 'editor'] as const)('for %s: data or a 400 error, never a server error', async (who) => {
    const failed: string[] = []
    for (const [list, clauses] of Object.entries(wheres)) {
      for (const where of clauses) {
        for (const variant of variants) {
          const query = `{ ${list}(${variant}, where: ${where}) { docs { id } } }`
          const res = await graphql(query, who)
          const body = res.json<{ data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }>()
          // Either the list, or only refusals with a 400: not a schema error (the query was not
          // run at all) and not a server error.
          const answered = body.data?.[list] != null && !body.errors
          const refused = (body.errors ?? []).length > 0 && (body.errors ?? []).every((e) => e.extensions?.statusCode === 400)
          if (res.statusCode !== 200 || !(answered || refused)) failed.push(`${query} ${res.body.slice(0, 200)}`)
        }
      }
    }
    expect(failed).toEqual([])
  })

  it('shows a draft title to editors only', async () => {
    const query = `{ NewsItems(draft: true, where: { title: { like: "${secret}" } }) { docs { title } } }`
    expect((await graphql(query, 'anonymous')).body).not.toContain(secret)
    expect((await graphql(query, 'editor')).body).toContain(secret)
  })

  it('refuses a like on rich text with a 400 error', async () => {
    const res = await graphql('{ NewsItems(draft: true, where: { body: { like: "x" } }) { docs { id } } }', 'anonymous')
    expect(res.json()).toMatchObject({ errors: [{ message: 'The following path cannot be queried: body', extensions: { statusCode: 400 } }] })
  })
})

describe('logs of refused queries', () => {
  /**
   * What Payload's logger writes, as pino's JSON lines: spied on the stream under the logger, so
   * whatever sits above it (levels by error name, our quieting of 4xx) is judged by its output.
   */
  function captureLogLines(payload: Payload) {
    let owner: object | null = payload.logger
    let stream: { write: (line: string) => unknown } | undefined
    while (owner && !stream) {
      const sym = Object.getOwnPropertySymbols(owner).find((s) => s.description === 'pino.stream')
      if (sym) stream = (owner as Record<symbol, { write: (line: string) => unknown }>)[sym]
      owner = Object.getPrototypeOf(owner) as object | null
    }
    if (!stream) throw new Error("Payload's logger has no pino stream")
    const spy = vi.spyOn(stream, 'write')
    return () => spy.mock.calls.map(([line]) => JSON.parse(String(line)) as { level: number; msg?: string; err?: { stack?: string } })
  }

  const json = { 'content-type': 'application/json' }
  const refused: [string, () => ReturnType<typeof get>, string][] = [
    // Refused by our guard: an operator the field cannot take.
    ['REST like on rich text', () => get('/api/news?where[body][like]=x&draft=true', 'anonymous'), 'cannot be queried'],
    // Refused by Payload itself: a field anonymous readers may not query.
    ['REST where on a hidden field', () => get('/api/practices?where[workflowNote][equals]=x', 'anonymous'), 'cannot be queried'],
    ['GraphQL like on rich text', () => graphql('{ NewsItems(draft: true, where: { body: { like: "x" } }) { docs { id } } }', 'anonymous'), 'cannot be queried'],
    // Payload's generic APIError, with a 400.
    ['REST body that is not JSON', () => app.inject({ method: 'POST', url: '/api/news', headers: json, payload: '{' }), 'Invalid JSON'],
    ['GraphQL body that is not JSON', () => app.inject({ method: 'POST', url: '/api/graphql', headers: json, payload: '{' }), 'Invalid JSON'],
  ]

  it.each(refused)('%s is logged as information without a stack, not as an error', async (_name, send, message) => {
    const payloadLines = captureLogLines(t.payload)
    appLines.length = 0
    try {
      const res = await send()
      expect(res.statusCode).toBeLessThan(500)
      // Payload's log and the bridge's request log together: the refusal is noted at info (30)...
      const lines = [...payloadLines(), ...appLines.map((l) => JSON.parse(l) as { level: number })]
      expect(lines.filter((l) => l.level === 30).map((l) => JSON.stringify(l)).join('\n')).toContain(message)
      // ...and nothing at warn (40) or above, nor any stack.
      expect(lines.filter((l) => l.level >= 40)).toEqual([])
      expect(JSON.stringify(lines)).not.toContain('"stack"')
    } finally {
      vi.restoreAllMocks()
    }
  })
})
