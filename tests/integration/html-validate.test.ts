import type { FastifyInstance } from 'fastify'
import { HtmlValidate, type Message } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales } from '../../src/i18n/locales'
import { news } from '../../src/seed/data/news'
import { practicesA } from '../../src/seed/data/practices-a'
import { seedDemo } from '../../src/seed/seed-demo'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// The public pages, rendered from the demo content, checked by html-validate's recommended rules:
// valid, unambiguous markup (e.g. no two landmarks of one kind with one name, no stray whitespace
// inside inline elements), which axe does not look at.
let t: TestPayload
let app: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload()
  await seedDemo(t.payload)
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // A practice's title is its full name, often longer than 70 characters, and the page title is that name.
    'long-title': 'off',
    // A facet's checkboxes share one name on purpose: each ticked value is sent as name=value.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

function describeMessages(messages: Message[]): string {
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} — ${m.selector ?? ''}`).join('\n')
}

const practice = practicesA[0]
const newsItem = news[0]
const paths = ['/', '/news', `/news/${newsItem?.slug}`, '/practices', `/practices/${practice?.slug}`, '/organisations', '/organisations/se-malmo-city', '/themes', '/themes/labour-market', '/about', '/accessibility', '/languages', '/events', '/events?format=hybrid&kind=own', '/events/past', '/events/nordic-integration-conference', '/events/september-seminar-civil-society', '/events/malmo-integration-day', '/events/nordic-integration-conference/register', '/newsletter', '/newsletter/sent', '/newsletter/archive', '/newsletter/archive/newsletter-2026-11', '/newsletter/archive/newsletter-2026-06']

describe.each(locales)('html-validate, recommended rules, in %s', (locale) => {
  it.each(paths)('%s has no remarks', async (path) => {
    const res = await app.inject({ method: 'GET', url: `/${locale}${path}` })
    expect(res.statusCode).toBe(200)
    const report = await validator.validateString(res.body)
    const messages = report.results.flatMap((r) => r.messages)
    expect(messages, describeMessages(messages)).toEqual([])
  })
})
