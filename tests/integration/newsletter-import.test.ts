import type { FastifyInstance } from 'fastify'
import type { ServerProps, TypedUser } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NewsletterTools } from '../../src/features/newsletter/figures/admin/NewsletterTools'
import { parseCsv } from '../../src/features/newsletter/import-export/parse-csv'
import { suspendSubscriber } from '../../src/features/newsletter/bounces/suspend-subscriber'
import { hashToken } from '../../src/features/workflow/private-link'
import type { Subscriber } from '../../src/payload-types'
import { buildApp } from '../../src/web/app'
import { createThemes } from '../helpers/fixtures'
import { loginSession } from '../helpers/login-session'
import { createIssue, createSubscriber } from '../helpers/newsletter-fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

let t: TestPayload
let app: FastifyInstance
const session: Record<string, Record<string, string>> = {}

const file = [
  'email,language,themes,status,subscribed_at,confirmed_at,unsubscribed_at,consent_source,consent_text',
  'Asa.Berg@Example.org,sv,housing|labour-market,subscribed,2019-03-01,2019-03-01 10:15,,Mailchimp form (double opt-in),Consent text 2018-05',
  'broken-address,sv,,subscribed,2019-03-01,,,,',
  'jon@example.org,xx,,subscribed,2019-03-01,,,,',
  'existing@example.org,fi,,subscribed,2020-01-01,,,,',
  'kari@example.org,nb,,unsubscribed,2020-02-01,2020-02-01,2021-04-30,Event registration,',
  'late@example.org,da,,subscribed,31.12.2020,,,,',
  'asa.berg@example.org,en,,subscribed,2021-01-01,,,,',
  '"quoted, name@example.org",is,,subscribed,2021-01-01,,,,',
  'mette@example.org;da',
  'björn@exempel.se,sv,,subscribed,2021-01-01,,,,',
  'sigrun@example.org,is,,,2022-06-15T12:00:00Z,,,,',
].join('\r\n')

/** A multipart body as a browser's file form sends it. */
async function multipart(csv: string): Promise<{ body: Buffer; type: string }> {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'old-list.csv')
  const request = new Request('http://localhost/', { method: 'POST', body: form })
  return { body: Buffer.from(await request.arrayBuffer()), type: request.headers.get('content-type')! }
}

const subscriberBy = async (email: string) =>
  (await t.payload.find({ collection: 'subscribers', where: { emailKey: { equals: email } }, depth: 0, overrideAccess: true })).docs[0] as Subscriber | undefined

beforeAll(async () => {
  t = await startTestPayload()
  await createThemes(t.payload)
  for (const role of ['editor', 'organiser'] as const) {
    await t.payload.create({ collection: 'users', data: { email: `${role}@example.org`, password: 'a-long-password', roles: [role] }, overrideAccess: true })
  }
  await createSubscriber(t.payload, 'existing@example.org', { locale: 'sv' })
  app = await buildApp({ payload: t.payload, env: t.env })
  session.editor = await loginSession(app, 'editor@example.org', 'a-long-password')
  session.organiser = await loginSession(app, 'organiser@example.org', 'a-long-password')
}, 120_000)

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('importing the old mailer’s list', () => {
  it('is for editors only: 401 for anonymous callers, 403 for an organiser', async () => {
    const { body, type } = await multipart(file)
    for (const [headers, status] of [[{}, 401], [session.organiser, 403]] as const) {
      expect((await app.inject({ method: 'POST', url: '/api/subscribers/import', headers: { ...headers, 'content-type': type }, payload: body })).statusCode).toBe(status)
      expect((await app.inject({ method: 'GET', url: '/api/subscribers/export.csv', headers })).statusCode).toBe(status)
      expect((await app.inject({ method: 'GET', url: '/api/subscribers/figures.csv', headers })).statusCode).toBe(status)
    }
    expect(await subscriberBy('kari@example.org')).toBeUndefined()
  })

  it('imports the good rows of a file with their dates and consent, and reports the bad ones by line', async () => {
    const { body, type } = await multipart(file)
    const res = await app.inject({ method: 'POST', url: '/api/subscribers/import', headers: { ...session.editor, 'content-type': type }, payload: body })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      imported: 3,
      problems: [
        { line: 3, email: 'broken-address', reason: 'invalidEmail', column: 'email' },
        { line: 4, email: 'jon@example.org', reason: 'unknownLanguage', column: 'language' },
        { line: 5, email: 'existing@example.org', reason: 'alreadySubscribed' },
        { line: 7, email: 'late@example.org', reason: 'badDate', column: 'subscribed_at' },
        { line: 8, email: 'asa.berg@example.org', reason: 'duplicateInFile', column: 'email' },
        { line: 9, email: 'quoted, name@example.org', reason: 'invalidEmail', column: 'email' },
        { line: 10, email: 'mette@example.org;da', reason: 'invalidEmail', column: 'email' },
        { line: 11, email: 'björn@exempel.se', reason: 'invalidEmail', column: 'email' },
      ],
    })
    const asa = await subscriberBy('asa.berg@example.org')
    expect(asa).toMatchObject({ email: 'Asa.Berg@Example.org', status: 'confirmed', locale: 'sv', source: 'import', firstSubscribedAt: '2019-03-01T00:00:00.000Z', confirmedAt: '2019-03-01T10:15:00.000Z' })
    expect(asa!.themes).toHaveLength(2)
    expect(asa!.consents).toMatchObject([{ action: 'imported', at: '2019-03-01T10:15:00.000Z', source: 'import', wording: 'Consent text 2018-05', locale: 'sv', detail: 'Mailchimp form (double opt-in)' }])
    // A personal link of their own: the sealed token opens to the hashed one.
    expect(hashToken(t.payload.decrypt(asa!.tokenSealed))).toBe(asa!.tokenHash)
    const kari = await subscriberBy('kari@example.org')
    expect(kari).toMatchObject({ status: 'unsubscribed', unsubscribedAt: '2021-04-30T00:00:00.000Z', confirmedAt: '2020-02-01T00:00:00.000Z' })
    expect(kari!.consents?.map((c) => [c.action, c.at])).toEqual([
      ['imported', '2020-02-01T00:00:00.000Z'],
      ['unsubscribed', '2021-04-30T00:00:00.000Z'],
    ])
    expect(await subscriberBy('sigrun@example.org')).toMatchObject({ status: 'confirmed', locale: 'is', confirmedAt: '2022-06-15T12:00:00.000Z' })
    // The address already here is not overwritten.
    expect(await subscriberBy('existing@example.org')).toMatchObject({ locale: 'sv', source: 'newsletterPage' })
  })

  it('takes a text/csv body too, and says so when the columns are missing', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/subscribers/import', headers: { ...session.editor, 'content-type': 'text/csv' }, payload: 'address;lang\nx@example.org;sv\n' })
    expect(res.json()).toEqual({ imported: 0, problems: [{ line: 1, reason: 'missingColumns' }] })
    const bad = await app.inject({ method: 'POST', url: '/api/subscribers/import', headers: { ...session.editor, 'content-type': 'application/json' }, payload: '{}' })
    expect(bad.statusCode).toBe(400)
  })

  it('exports every subscriber, and the export imports again to the same subscriptions', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/subscribers/export.csv', headers: session.editor })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['cache-control']).toBe('private, no-store')
    const exported = res.rawPayload.toString('utf8')
    const [header, ...rows] = parseCsv(exported).map((r) => r.cells)
    expect(header).toEqual(['email', 'language', 'themes', 'status', 'subscribed_at', 'confirmed_at', 'unsubscribed_at', 'consent_source', 'consent_text', 'suspended_at', 'suspended_reason', 'source'])
    expect(rows.map((r) => r[0]).sort()).toEqual(['Asa.Berg@Example.org', 'existing@example.org', 'kari@example.org', 'sigrun@example.org'])
    expect(rows.find((r) => r[0] === 'Asa.Berg@Example.org')).toEqual([
      'Asa.Berg@Example.org', 'sv', 'housing|labour-market', 'confirmed', '2019-03-01T00:00:00.000Z', '2019-03-01T10:15:00.000Z', '', 'Mailchimp form (double opt-in)', 'Consent text 2018-05', '', '', 'import',
    ])

    await t.payload.delete({ collection: 'subscribers', where: { id: { exists: true } }, overrideAccess: true })
    const again = await app.inject({ method: 'POST', url: '/api/subscribers/import', headers: { ...session.editor, 'content-type': 'text/csv; charset=utf-8' }, payload: exported })
    expect(again.json()).toEqual({ imported: 4, problems: [] })
    const second = (await app.inject({ method: 'GET', url: '/api/subscribers/export.csv', headers: session.editor })).rawPayload.toString('utf8')
    // The same subscriptions; only where each came from is now "import".
    const withoutSource = (csv: string) => parseCsv(csv).map((r) => r.cells.slice(0, -1).join(',')).sort()
    expect(withoutSource(second)).toEqual(withoutSource(exported))
  })
})

describe('the figures as CSV', () => {
  it('counts the imported list from its original dates, per month and language, with growth and the sent issues', async () => {
    const sigrun = (await subscriberBy('sigrun@example.org'))!
    await suspendSubscriber(t.payload, sigrun, 'hardBounce', new Date('2023-01-10T12:00:00Z'))
    await createIssue(t.payload, { status: 'sent', sentAt: '2026-03-15T08:00:00.000Z', counts: { recipients: 3, delivered: 2, failed: 1, uncertain: 0 } })
    await createIssue(t.payload, { status: 'draft' })

    const res = await app.inject({ method: 'GET', url: '/api/subscribers/figures.csv', headers: session.editor })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    const [header, ...rows] = parseCsv(res.rawPayload.toString('utf8')).map((r) => r.cells)
    expect(header).toEqual(['month', 'language', 'subscribers', 'new', 'unsubscribed', 'bounced', 'growth_percent'])
    const row = (month: string, language: string) => rows.find((r) => r[0] === month && r[1] === language)?.slice(2)
    expect(rows[0]!.slice(0, 2)).toEqual(['2019-03', 'sv'])
    expect(row('2019-03', 'sv')).toEqual(['1', '1', '0', '0', ''])
    expect(row('2020-02', 'nb')).toEqual(['1', '1', '0', '0', ''])
    // Two at the end of March 2020 against one a year before: +100 %.
    expect(row('2020-03', 'all')).toEqual(['2', '0', '0', '0', '100'])
    expect(row('2021-04', 'nb')).toEqual(['0', '0', '1', '0', '-100'])
    expect(row('2022-06', 'is')).toEqual(['1', '1', '0', '0', ''])
    expect(row('2023-01', 'is')).toEqual(['0', '0', '0', '1', ''])
    // The existing subscriber confirmed today: this month's Swedish newcomer.
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7)
    expect(rows.at(-1)!.slice(0, 2)).toEqual([thisMonth, 'all'])
    expect(row(thisMonth, 'sv')!.slice(0, 2)).toEqual(['2', '1'])

    const issues = await app.inject({ method: 'GET', url: '/api/subscribers/figures.csv?table=issues', headers: session.editor })
    expect(parseCsv(issues.rawPayload.toString('utf8')).map((r) => r.cells)).toEqual([
      ['sent_at', 'issue', 'recipients', 'delivered', 'failed', 'uncertain'],
      ['2026-03-15T08:00:00.000Z', expect.stringMatching(/^Issue \d+$/), '3', '2', '1', '0'],
    ])
  })
})

describe('the figures in the admin', () => {
  const render = async (email: string, language: string) => {
    const user = (await t.payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })).docs[0] as TypedUser
    const element = await NewsletterTools({ payload: t.payload, user, i18n: { language } } as unknown as ServerProps)
    return element ? renderToStaticMarkup(element) : ''
  }

  it('shows an editor the figures, downloads and import form in their admin language, numbers and months in its locale', async () => {
    const sv = await render('editor@example.org', 'sv')
    expect(sv).toContain('<h2 id="newsletter-figures-heading">Nyhetsbrevets siffror</h2>')
    // This month, named in Swedish, first in the table of the last twelve.
    const thisMonth = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date())
    expect(sv).toContain(`<tbody><tr><th scope="row" style="padding:0.25rem 0.75rem 0.25rem 0;text-align:left">${thisMonth}</th>`)
    // Swedish subscribers: two now against one a year ago.
    expect(sv).toMatch(/<th scope="row" style="[^"]*" lang="sv">Svenska<\/th><td[^>]*>2<\/td><td[^>]*>1<\/td><td[^>]*>0<\/td><td[^>]*>0<\/td><td[^>]*>\+100\s%<\/td>/)
    expect(sv).toContain('href="/api/subscribers/figures.csv?table=issues"')
    expect(sv).toContain('<label for="subscriber-import-file"')
    expect(sv).toContain('Importera från det tidigare utskicksverktyget')
    const fi = await render('editor@example.org', 'fi')
    expect(fi).toContain('Uutiskirjeen luvut')
    expect(fi).toContain('15. maaliskuuta 2026')
  })

  it('shows nothing to an organiser', async () => {
    expect(await render('organiser@example.org', 'en')).toBe('')
  })
})
