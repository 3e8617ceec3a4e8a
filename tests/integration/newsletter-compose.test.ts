import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexicalToHtml } from '../../src/rich-text/lexical-to-html'
import { createPractice } from '../../src/seed/factories/create-practice'
import { buildApp } from '../../src/web/app'
import { createOwnEvent } from '../helpers/event-fixtures'
import { createNews, createThemes, newsSeed, practiceSeed } from '../helpers/fixtures'
import { scheduleIssue } from '../../src/features/newsletter/compose/schedule-issue'
import { unscheduleIssue } from '../../src/features/newsletter/compose/unschedule-issue'
import { runDueJobs } from '../../src/jobs/runner/run-due-jobs'
import { createSubscriber } from '../helpers/newsletter-fixtures'
import { loginSession } from '../helpers/login-session'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance
const session: Record<string, Record<string, string>> = {}
let issueId: number

const today = new Date().toISOString().slice(0, 10)

beforeAll(async () => {
  t = await startTestPayload()
  const refs = await createThemes(t.payload)
  for (const role of ['editor', 'organiser'] as const) {
    await t.payload.create({ collection: 'users', data: { email: `${role}@example.org`, password: 'a-long-password', roles: [role] }, overrideAccess: true })
  }
  await createNews(t.payload, newsSeed({ slug: 'fresh-news', publishedAt: today, translations: { sv: { title: 'Färsk nyhet', summary: 'Kort.', body: [] }, en: { title: 'Fresh news', summary: 'Short.', body: [] } } }), refs)
  await createNews(t.payload, newsSeed({ slug: 'old-news', publishedAt: '2020-01-01' }), refs)
  await createPractice(t.payload, practiceSeed({ slug: 'new-practice' }), { themes: refs.themes, organisations: new Map() })
  await createOwnEvent(t.payload, { slug: 'coming-seminar', title: 'Coming seminar' }, { startsInHours: 24 * 10 })
  issueId = (await t.payload.create({ collection: 'newsletter-issues', data: { title: 'Draft issue', slug: 'draft-issue' }, locale: 'en', overrideAccess: true })).id
  app = await buildApp({ payload: t.payload, env: t.env })
  session.editor = await loginSession(app, 'editor@example.org', 'a-long-password')
  session.organiser = await loginSession(app, 'organiser@example.org', 'a-long-password')
}, 120_000)

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const act = (path: string, who: Record<string, string> | undefined, body: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: `/api/newsletter-issues/${issueId}/${path}`, headers: { ...who, 'content-type': 'application/json' }, payload: body })

describe('composing an issue', () => {
  it('fills a digest draft in every language from what was published since, keeping the editor’s subject', async () => {
    const res = await act('digest', session.editor)
    expect(res.body).toBe('{"outcome":"filled"}')
    const issue = await t.payload.findByID({ collection: 'newsletter-issues', id: issueId, locale: 'all', depth: 0, overrideAccess: true })
    const title = issue.title as unknown as Record<string, string>
    expect(title.en).toBe('Draft issue')
    expect(title.fi).toMatch(/^Uutiskirje, /)
    const body = issue.body as unknown as Record<string, unknown>
    const sv = lexicalToHtml(body.sv)
    expect(sv).toContain('<h2>Nyheter</h2>')
    expect(sv).toMatch(/\/sv\/news\/fresh-news"[^>]*>Färsk nyhet<\/a>/)
    expect(sv).not.toContain('old-news')
    expect(sv).toContain('/sv/practices/new-practice')
    expect(sv).toContain('/sv/events/coming-seminar')
    // Finnish readers get the Swedish or English text where there is no Finnish one, linked in Finnish.
    expect(lexicalToHtml(body.fi)).toContain('/fi/news/fresh-news')
    expect(issue.digestSince).toBeTruthy()
  })

  it('refuses the actions to anyone but editors', async () => {
    expect((await act('digest', session.organiser)).statusCode).toBe(403)
    expect((await act('schedule', undefined)).statusCode).toBe(403)
  })

  it('queues a test send only for a few valid addresses', async () => {
    expect((await act('test', session.editor, { to: 'not an address', locale: 'sv' })).statusCode).toBe(400)
    expect((await act('test', session.editor, { to: 'a@example.org', locale: 'xx' })).statusCode).toBe(400)
    expect((await act('test', session.editor, { to: 'a@example.org, b@example.org', locale: 'sv' })).statusCode).toBe(200)
    const jobs = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletterTest' } }, overrideAccess: true })
    expect(jobs.docs.map((j) => j.input)).toEqual([{ issue: issueId, to: 'a@example.org,b@example.org', locale: 'sv' }])
  })

  it('schedules the sending as a job due at the chosen time, and takes it back to draft', async () => {
    const at = new Date(Date.now() + 3 * 24 * 3600_000)
    expect((await act('schedule', session.editor, { at: at.toISOString() })).statusCode).toBe(200)
    const issue = await t.payload.findByID({ collection: 'newsletter-issues', id: issueId, depth: 0, overrideAccess: true })
    expect(issue).toMatchObject({ status: 'scheduled', scheduledAt: at.toISOString() })
    const job = (await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletter' } }, overrideAccess: true })).docs[0]
    expect(job.waitUntil).toBe(at.toISOString())
    // A scheduled issue cannot be refilled or scheduled twice.
    expect((await act('schedule', session.editor)).statusCode).toBe(409)
    expect((await act('unschedule', session.editor)).statusCode).toBe(200)
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id: issueId, depth: 0, overrideAccess: true })).status).toBe('draft')
    expect((await act('unschedule', session.editor)).statusCode).toBe(409)
  })

  it('sends nothing for an issue taken back to draft before its time, though its job stays queued', async () => {
    await createSubscriber(t.payload, 'reader@example.org')
    const id = (await t.payload.create({ collection: 'newsletter-issues', data: { title: 'Taken back', slug: 'taken-back' }, locale: 'en', overrideAccess: true })).id
    expect(await scheduleIssue(t.payload, id)).toBe('scheduled')
    expect(await unscheduleIssue(t.payload, id)).toBe(true)
    await runDueJobs(t.payload)
    expect((await t.payload.count({ collection: 'newsletter-deliveries', where: { issue: { equals: id } }, overrideAccess: true })).totalDocs).toBe(0)
    expect((await t.payload.findByID({ collection: 'newsletter-issues', id, depth: 0, overrideAccess: true })).status).toBe('draft')
  })

  it('previews the mail in each language for editors only', async () => {
    const sv = await app.inject({ method: 'GET', url: `/api/newsletter-issues/${issueId}/preview?locale=sv`, headers: session.editor })
    expect(sv.statusCode).toBe(200)
    expect(sv.headers['content-type']).toContain('text/html')
    expect(sv.body).toContain('<html lang="sv">')
    expect(sv.body).toContain('Nyheter')
    expect((await app.inject({ method: 'GET', url: `/api/newsletter-issues/${issueId}/preview?locale=sv`, headers: session.organiser })).statusCode).toBe(403)
    expect((await app.inject({ method: 'GET', url: `/api/newsletter-issues/${issueId}/preview?locale=xx`, headers: session.editor })).statusCode).toBe(400)
  })
})
