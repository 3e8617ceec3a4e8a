import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anonymousReader, type ReadContext } from '../../src/domain/read-context'
import { getNewsArticle } from '../../src/features/news/get-news-article'
import { listNews } from '../../src/features/news/list-news'
import { createNews, createThemes, newsSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Domain functions called the way a job or feed calls them: a ReadContext built without any web
// layer (no Fastify, no request, no translator).
let t: TestPayload
let payload: Payload
let editor: TypedUser

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const refs = await createThemes(payload)
  await createNews(payload, newsSeed({ slug: 'published-item', publishedAt: '2026-03-01' }), refs)
  await createNews(payload, newsSeed({ slug: 'draft-item', publishedAt: '2026-03-02' }), refs, false)
  const user = await payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'a-long-password', roles: ['editor'] },
    overrideAccess: true,
  })
  editor = { ...user, collection: 'users' } as TypedUser
})

afterAll(async () => {
  await t?.cleanup()
})

const slugs = async (ctx: ReadContext) => (await listNews(ctx))?.items.map((n) => n.slug)

describe('domain functions with a ReadContext built outside the web layer', () => {
  it('an anonymous reader lists only published news', async () => {
    expect(await slugs(anonymousReader(payload, 'en'))).toEqual(['published-item'])
  })

  it('an editor previewing drafts lists the draft too, newest first', async () => {
    expect(await slugs({ payload, user: editor, locale: 'en', draft: true })).toEqual(['draft-item', 'published-item'])
  })

  it('draft: true does not let an anonymous reader see a draft', async () => {
    expect(await getNewsArticle({ payload, user: null, locale: 'en', draft: true }, 'draft-item')).toBeUndefined()
    expect((await getNewsArticle({ payload, user: editor, locale: 'en', draft: true }, 'draft-item'))?.slug).toBe('draft-item')
  })

  it('a logged-in editor who is not previewing sees the published site: no never-published draft', async () => {
    const browsing: ReadContext = { payload, user: editor, locale: 'en', draft: false }
    expect(await slugs(browsing)).toEqual(['published-item'])
    expect(await getNewsArticle(browsing, 'draft-item')).toBeUndefined()
    expect((await getNewsArticle(browsing, 'published-item'))?.slug).toBe('published-item')
  })

  it('the reader locale picks the language shown', async () => {
    const sv = await listNews(anonymousReader(payload, 'sv'))
    expect(sv?.items[0]?.title).toMatch(/^Svensk nyhet/)
    const fi = await listNews(anonymousReader(payload, 'fi'))
    expect(fi?.items[0]?.shown.isFallback).toBe(true)
  })
})
