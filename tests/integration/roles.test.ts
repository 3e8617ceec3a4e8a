import path from 'node:path'
import { build } from 'esbuild'
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWorkerApp } from '../../src/boot/build-worker-app'
import { projectRoot } from '../../src/config/paths'
import { buildApp } from '../../src/web/app'
import { createNews, createThemes, newsSeed } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// The `web` role: buildApp without a Next handler. Payload's REST and GraphQL API must still work.
let t: TestPayload
let app: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  const refs = await createThemes(t.payload)
  await createNews(t.payload, newsSeed({ slug: 'published-news' }), refs, true)
  await createNews(t.payload, newsSeed({ slug: 'draft-news' }), refs, false)
  await t.payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'a-long-password', roles: ['editor'] },
    overrideAccess: true,
  })
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

type NewsList = { docs: { slug: string }[] }

// Payload accepts a session cookie only with the headers a browser sends from the same site.
const sameSite = { 'sec-fetch-site': 'same-origin' }

async function login(): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/users/login',
    headers: { 'content-type': 'application/json' },
    payload: { email: 'editor@example.org', password: 'a-long-password' },
  })
  expect(res.statusCode).toBe(200)
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))
  expect(cookie).toContain('HttpOnly')
  return cookie!.split(';')[0]
}

describe('web role: Payload API through Fastify, without Next.js', () => {
  it('serves REST reads with access control: anonymous readers see no drafts', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/news?draft=true&limit=50' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('application/json')
    const slugs = (res.json() as NewsList).docs.map((d) => d.slug)
    expect(slugs).toContain('published-news')
    expect(slugs).not.toContain('draft-news')
  })

  it('answers a REST write by an anonymous caller with 403 Forbidden', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/news', headers: { 'content-type': 'application/json' }, payload: { slug: 'x' } })
    expect(res.statusCode).toBe(403)
    expect(JSON.stringify(res.json())).toContain('You are not allowed to perform this action.')
  })

  it('serves a GraphQL query', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: '{ NewsItems(limit: 50, draft: true) { docs { slug } } }' },
    })
    expect(res.statusCode).toBe(200)
    const body = res.json() as { data: { NewsItems: NewsList } }
    const slugs = body.data.NewsItems.docs.map((d) => d.slug)
    expect(slugs).toEqual(['published-news'])
  })

  it('logs in over REST (cookie set) and serves the user its drafts with that cookie', async () => {
    const cookie = await login()
    const me = await app.inject({ method: 'GET', url: '/api/users/me', headers: { cookie, ...sameSite } })
    expect((me.json() as { user: { email: string } | null }).user?.email).toBe('editor@example.org')
    const res = await app.inject({ method: 'GET', url: '/api/news?draft=true&limit=50', headers: { cookie, ...sameSite } })
    const slugs = (res.json() as NewsList).docs.map((d) => d.slug)
    expect(slugs).toContain('draft-news')
  })

  it('takes a multipart upload from a logged-in editor', async () => {
    const cookie = await login()
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3366aa' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'pixel.png')
    form.append('_payload', JSON.stringify({ alt: 'A blue rectangle' }))
    const encoded = new Request('http://localhost/', { method: 'POST', body: form })
    const res = await app.inject({
      method: 'POST',
      url: '/api/media',
      headers: { cookie, ...sameSite, 'content-type': encoded.headers.get('content-type')! },
      payload: Buffer.from(await encoded.arrayBuffer()),
    })
    expect(res.statusCode).toBe(201)
    const doc = (res.json() as { doc: { filename: string; width: number; mimeType: string } }).doc
    expect(doc).toMatchObject({ filename: 'pixel.png', width: 40, mimeType: 'image/png' })
  })

  it('does not serve the admin or its assets', async () => {
    for (const url of ['/admin', '/admin/collections/news', '/_next/static/chunks/main.js']) {
      const res = await app.inject({ method: 'GET', url })
      expect(res.statusCode, url).toBe(404)
    }
  })
})

describe('roles without Next.js', () => {
  it('the compiled server imports Next.js and the admin UI only dynamically (web and worker never load them)', async () => {
    // The same bundling as scripts/compile-server.mjs: a static import would be hoisted and loaded by every role.
    const result = await build({
      entryPoints: [path.join(projectRoot, 'src', 'server.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      outdir: '/tmp/unused',
      metafile: true,
      logLevel: 'silent',
    })
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports)
    const admin = imports.filter((i) => /^(next|react-dom|@payloadcms\/(next|ui))(\/|$)/.test(i.path))
    expect(admin.map((i) => i.path)).toContain('next')
    expect(admin.filter((i) => i.kind !== 'dynamic-import')).toEqual([])
  })

  it('the worker serves /healthz and /readyz (without the idea bank index) and nothing public', async () => {
    const worker = buildWorkerApp(t.payload)
    expect((await worker.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
    expect(JSON.parse((await worker.inject({ method: 'GET', url: '/readyz' })).body)).toEqual({ status: 'ready' })
    for (const url of ['/', '/sv/', '/api/news', '/admin']) expect((await worker.inject({ method: 'GET', url })).statusCode, url).toBe(404)
    await worker.close()
  })
})
