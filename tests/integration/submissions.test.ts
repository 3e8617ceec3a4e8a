import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../src/features/workflow/private-link'
import type { PracticeSeed } from '../../src/seed/data/practice-types'
import { workflowStates } from '../../src/features/practices/vocabulary'
import { createPractice, type PracticeRefs } from '../../src/seed/factories/create-practice'
import { buildApp } from '../../src/web/app'
import { issueCsrfToken } from '../../src/web/csrf'
import { issueFillStamp } from '../../src/web/forms/fill-stamp'
import { createThemes } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'
import { runDueJobs } from '../../src/jobs/runner/run-due-jobs'

let t: TestPayload
let app: FastifyInstance
let editor: TypedUser
let refs: PracticeRefs

const publishedSeed: PracticeSeed = {
  slug: 'language-cafe',
  country: 'SE',
  municipality: 'Umeå',
  organisations: [],
  themes: ['housing'],
  targetGroups: ['youth'],
  actorType: 'ngo',
  startDate: '2020-01-01',
  runState: 'ongoing',
  evaluation: 'none',
  evidenceLevel: 'emerging',
  originalLanguage: 'sv',
  criteriaMet: ['described-activities'],
  translations: {
    sv: {
      title: 'Språkcafé',
      summary: 'Volontärer och nyanlända pratar svenska.',
      challenge: [],
      goals: [],
      howItWorks: [{ type: 'p', text: 'Varje vecka.' }],
      results: [],
      indicators: '',
      resources: '',
      transferability: [],
      dos: [],
      donts: [],
    },
    en: {
      title: 'Language café',
      summary: 'Volunteers and newcomers speak Swedish.',
      challenge: [],
      goals: [],
      howItWorks: [{ type: 'p', text: 'Every week.' }],
      results: [],
      indicators: '',
      resources: '',
      transferability: [],
      dos: [],
      donts: [],
    },
  },
}

beforeAll(async () => {
  t = await startTestPayload()
  refs = { themes: (await createThemes(t.payload)).themes, organisations: new Map() }
  await createPractice(t.payload, publishedSeed, refs)
  const user = await t.payload.create({
    collection: 'users',
    data: { email: 'editor@example.org', password: 'a-long-password', roles: ['editor'] },
    overrideAccess: true,
  })
  editor = { ...user, collection: 'users' } as TypedUser
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

// Every test posts from its own address, so the per-address rate limits do not interfere.
let lastIp = 0
const nextIp = () => `10.1.${Math.floor(++lastIp / 250)}.${lastIp % 250}`

type Guard = { token: string; cookie: string; stamp: string }

/** A CSRF token and its cookie, and a fill-time stamp from long enough ago to pass the minimum fill time. */
function seasonedToken(): Guard {
  const token = issueCsrfToken(t.env.payloadSecret, Date.now() - 10_000)
  return { token, cookie: `csrf=${token}`, stamp: issueFillStamp(t.env.payloadSecret, Date.now() - 10_000) }
}

/** The hidden fields of a form page (or of the page answering a post), as a browser would get them. */
function guardOf(body: string, cookie: string): Guard {
  return { token: /name="_csrf" value="([^"]+)"/.exec(body)![1]!, stamp: /name="_started" value="([^"]+)"/.exec(body)![1]!, cookie }
}

/** The token, cookie and stamp of a form page, as a browser would get them (rendered just now). */
async function tokenFrom(url: string): Promise<Guard> {
  const res = await app.inject({ method: 'GET', url })
  return guardOf(res.body, String(res.headers['set-cookie']).split(';')[0]!)
}

const guardFieldsOf = (csrf: Guard): Fields => [['_csrf', csrf.token], ['_started', csrf.stamp]]

type Fields = [string, string][]
type File = { field: string; filename: string; type: string; data: Buffer }

function multipart(fields: Fields, files: File[] = []) {
  const boundary = '----test' + Math.random().toString(16).slice(2)
  const chunks: Buffer[] = []
  for (const [name, value] of fields) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  }
  for (const f of files) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`))
    chunks.push(f.data, Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

type PostOptions = { csrf?: Guard | null; ip?: string; headers?: Record<string, string> }

async function propose(locale: string, fields: Fields, opts: PostOptions & { files?: File[] } = {}) {
  const csrf = opts.csrf === undefined ? seasonedToken() : opts.csrf
  const body = multipart(csrf ? [...guardFieldsOf(csrf), ...fields] : fields, opts.files)
  return app.inject({
    method: 'POST',
    url: `/${locale}/practices/propose`,
    remoteAddress: opts.ip ?? nextIp(),
    headers: { 'content-type': body.contentType, cookie: csrf?.cookie ?? '', ...opts.headers },
    payload: body.payload,
  })
}

/** A urlencoded post of a form whose fields do not list the (empty) honeypot: it is added, as a browser would. */
async function postForm(url: string, fields: Fields, opts: PostOptions = {}) {
  const csrf = opts.csrf ?? seasonedToken()
  const honeypot: Fields = fields.some(([k]) => k === 'website') ? [] : [['website', '']]
  return app.inject({
    method: 'POST',
    url,
    remoteAddress: opts.ip ?? nextIp(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.cookie, ...opts.headers },
    payload: new URLSearchParams([...guardFieldsOf(csrf), ...fields, ...honeypot]).toString(),
  })
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n', 'latin1')

const validProposal: Fields = [
  ['title', 'Kielikahvila Tampereella'],
  ['summary', 'Vapaaehtoiset ja uudet asukkaat puhuvat suomea kerran viikossa.'],
  ['organisation', 'Tampereen kaupunki'],
  ['actorType', 'municipality'],
  ['startDate', '2023-09-01'],
  ['runState', 'ongoing'],
  ['country', 'FI'],
  ['municipality', 'Tampere'],
  ['themes', 'housing'],
  ['targetGroups', 'youth'],
  ['targetGroups', 'labour-migrants'],
  ['challenge', 'Uusilla asukkailla on vähän tilaisuuksia puhua suomea.'],
  ['howItWorks', 'Tapaamme kirjastossa.\n\nJokainen tapaaminen kestää tunnin.'],
  ['link', 'https://tampere.example/kielikahvila'],
  ['contactName', 'Liisa Virtanen'],
  ['contactEmail', 'liisa@tampere.example'],
  ['contactConsent', 'yes'],
  ['name', 'Liisa Virtanen'],
  ['email', 'liisa@tampere.example'],
  ['website', ''],
]

/** The text of a single-part .eml file, decoded from quoted-printable or base64. */
function emlText(eml: string): string {
  const split = eml.search(/\r?\n\r?\n/)
  const head = eml.slice(0, split)
  const body = eml.slice(split).trim()
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

/** The mails a submitter has got once the queued mail jobs have run. */
async function mailsTo(address: string) {
  await runDueJobs(t.payload)
  const outbox = await t.payload.find({ collection: 'outbox', where: { to: { equals: address } }, sort: 'createdAt', overrideAccess: true, limit: 50 })
  return outbox.docs.map((d) => ({ subject: d.subject, text: emlText(readFileSync(path.join(t.env.dataDir, 'outbox', d.file), 'utf8')) }))
}

const countPractices = async () => (await t.payload.count({ collection: 'practices', overrideAccess: true })).totalDocs
const countAttachments = async () => (await t.payload.count({ collection: 'attachments', overrideAccess: true })).totalDocs

let proposalToken = ''
let proposalId = 0

describe('the proposal form', () => {
  it('is shown in the reader’s language, marked up accessibly and never cached', async () => {
    const res = await app.inject({ method: 'GET', url: '/sv/practices/propose' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(String(res.headers['set-cookie'])).toMatch(/^csrf=[^;]+; Path=\/; HttpOnly; SameSite=Strict/)
    expect(res.body).toContain('<html lang="sv">')
    expect(res.body).toContain('enctype="multipart/form-data"')
    expect(res.body).toContain('<label for="f-title">Titel <span class="required">(obligatoriskt)</span></label>')
    expect(res.body).toContain('autocomplete="email"')
    expect(res.body).toMatch(/<div class="hp">\s*<label for="f-website">Lämna det här fältet tomt<\/label>/)
    expect(res.body).toContain('tabindex="-1" autocomplete="off"')
    expect(res.body).not.toMatch(/<script(?! type="application\/ld\+json")/)
    expect(res.body).not.toContain('style=')
  })

  it('stores a valid proposal as submitted, hidden from the public, and mails the private link', async () => {
    const before = await countAttachments()
    const res = await propose('fi', validProposal, { files: [{ field: 'attachments', filename: 'esite.pdf', type: 'application/pdf', data: pdf }] })
    expect(res.statusCode).toBe(303)
    const location = String(res.headers.location)
    expect(location).toMatch(/^\/fi\/practices\/propose\/thanks\?receipt=[A-Za-z0-9_-]+$/)
    expect(location).not.toContain('liisa')

    const stored = await t.payload.find({ collection: 'practices', where: { workflowStatus: { equals: 'submitted' } }, locale: 'fi', overrideAccess: true })
    expect(stored.docs).toHaveLength(1)
    const doc = stored.docs[0]
    proposalId = doc.id
    const reference = `IB-${new Date().getUTCFullYear()}-${String(doc.id).padStart(4, '0')}`
    expect(doc).toMatchObject({
      title: 'Kielikahvila Tampereella',
      workflowStatus: 'submitted',
      originalLanguage: 'fi',
      country: 'FI',
      municipality: 'Tampere',
      proposedOrganisation: 'Tampereen kaupunki',
      targetGroups: ['youth', 'labour-migrants'],
      actorType: 'municipality',
      contact: { name: 'Liisa Virtanen', email: 'liisa@tampere.example', consent: true },
      links: [{ url: 'https://tampere.example/kielikahvila' }],
      submitter: { name: 'Liisa Virtanen', email: 'liisa@tampere.example', locale: 'fi', reference },
    })
    expect(doc.slug).toMatch(/^kielikahvila-tampereella-[a-z0-9]{6}$/)
    expect(doc.history).toMatchObject([{ to: 'submitted', by: 'submitter' }])
    expect(JSON.stringify(doc.howItWorks)).toContain('Jokainen tapaaminen kestää tunnin.')
    expect(await countAttachments()).toBe(before + 1)
    expect(doc.attachments).toHaveLength(1)
    const attachment = doc.attachments![0]
    expect(typeof attachment === 'object' && attachment.mimeType).toBe('application/pdf')

    // The thank-you page shows the reference and where the receipt went.
    const thanks = await app.inject({ method: 'GET', url: location })
    expect(thanks.statusCode).toBe(200)
    expect(thanks.headers['cache-control']).toBe('private, no-store')
    expect(thanks.body).toContain(reference)
    expect(thanks.body).toContain('liisa@tampere.example')
    expect((await app.inject({ method: 'GET', url: '/fi/practices/propose/thanks?receipt=forged' })).statusCode).toBe(404)

    // Not visible to anonymous readers.
    const anonymous = await t.payload.find({ collection: 'practices', where: { id: { equals: doc.id } }, overrideAccess: false, user: null })
    expect(anonymous.docs).toHaveLength(0)
    expect((await app.inject({ method: 'GET', url: `/fi/practices/${doc.slug}` })).statusCode).toBe(404)
    const list = await app.inject({ method: 'GET', url: '/fi/practices' })
    expect(list.statusCode).toBe(200)
    expect(list.body).not.toContain('Kielikahvila Tampereella')

    // The receipt was queued, not sent while the reader waited; the job sends it.
    const queued = await t.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'mailSubmitter' }, completedAt: { exists: false } }, overrideAccess: true })
    expect(queued.docs.map((j) => j.input)).toContainEqual(expect.objectContaining({ collection: 'practices', id: doc.id, notice: 'received' }))
    expect((await t.payload.count({ collection: 'outbox', where: { to: { equals: 'liisa@tampere.example' } }, overrideAccess: true })).totalDocs).toBe(0)

    // The receipt: reference and the private link, whose token matches the stored hash and seal.
    const mails = await mailsTo('liisa@tampere.example')
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toContain(reference)
    expect(mails[0].text).toContain(reference)
    const link = /http:\/\/localhost:3000\/fi\/submissions\/([A-Za-z0-9_-]{32})/.exec(mails[0].text)
    expect(link).not.toBeNull()
    proposalToken = link![1]
    expect(doc.submitter?.tokenHash).toBe(hashToken(proposalToken))
    expect(t.payload.decrypt(doc.submitter!.tokenSealed!)).toBe(proposalToken)
  })

  it('answers missing required fields with localized errors next to the fields, storing nothing', async () => {
    const before = await countPractices()
    const sv = await propose('sv', [['summary', 'Bara en sammanfattning.']])
    expect(sv.statusCode).toBe(422)
    expect(sv.headers['cache-control']).toBe('private, no-store')
    expect(sv.body).toContain('<p class="field-error" id="f-title-error">Fyll i fältet Titel.</p>')
    expect(sv.body).toContain('aria-describedby="f-title-hint f-title-error" aria-invalid="true"')
    expect(sv.body).toContain('<a href="#f-title">Fyll i fältet Titel.</a>')
    expect(sv.body).toMatch(/<div class="error-summary" id="error-summary" role="alert" tabindex="-1" autofocus/)
    expect(sv.body).toContain('id="f-country-error">Välj ett av alternativen för Land.</p>')
    // What the reader wrote is kept.
    expect(sv.body).toContain('>Bara en sammanfattning.</textarea>')

    const en = await propose('en', [['title', 'x'.repeat(121)], ['email', 'not-an-address']])
    expect(en.statusCode).toBe(422)
    expect(en.body).toContain('<html lang="en">')
    expect(en.body).toContain('id="f-title-error">Title can be at most 120 characters.</p>')
    expect(en.body).toContain('id="f-summary-error">Fill in Summary.</p>')
    expect(en.body).toContain('id="f-email-error">Enter an e-mail address like name@example.org.</p>')
    expect(await countPractices()).toBe(before)
  })

  it('shows hostile input escaped, never as markup', async () => {
    const evil = '<script>alert(1)</script>'
    const res = await propose('en', [['title', evil], ['summary', `"><img src=x onerror=alert(1)>`]])
    expect(res.statusCode).toBe(422)
    expect(res.body).not.toContain(evil)
    expect(res.body).not.toContain('<img src=x')
    expect(res.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
  })

  it('stores hostile text as plain text and shows it escaped', async () => {
    const title = '<script>alert("x")</script>\u0000 Café'
    const res = await propose('en', validProposal.map(([k, v]) => [k, k === 'title' ? title : k === 'email' ? 'hostile@example.org' : v]))
    expect(res.statusCode).toBe(303)
    const doc = (await t.payload.find({ collection: 'practices', where: { 'submitter.email': { equals: 'hostile@example.org' } }, locale: 'en', overrideAccess: true })).docs[0]
    expect(doc.title).toBe('<script>alert("x")</script> Café')
    expect(doc.slug).toMatch(/^script-alert-x-script-cafe-[a-z0-9]{6}$/)
    const token = /\/en\/submissions\/([A-Za-z0-9_-]{32})/.exec((await mailsTo('hostile@example.org'))[0].text)![1]
    const page = await app.inject({ method: 'GET', url: `/en/submissions/${token}` })
    expect(page.body).not.toContain('<script>alert')
    expect(page.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Café')
    await t.payload.delete({ collection: 'practices', id: doc.id, overrideAccess: true })
  })

  it('rejects overlong text, even past the multipart field size, with a localized error', async () => {
    const res = await propose('sv', validProposal.map(([k, v]) => [k, k === 'summary' ? 'ö'.repeat(30_000) : v]))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('id="f-summary-error">Fältet Sammanfattning får innehålla högst 600 tecken.')
  })

  it('rejects a text file named .pdf with the localized file-type error', async () => {
    const before = await countAttachments()
    const res = await propose('sv', validProposal, { files: [{ field: 'attachments', filename: 'rapport.pdf', type: 'application/pdf', data: Buffer.from('only text') }] })
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('Filen rapport.pdf är inte en PDF-, JPEG-, PNG- eller WebP-fil.')
    expect(await countAttachments()).toBe(before)
    const tooMany = await propose('en', validProposal, {
      files: Array.from({ length: 6 }, (_, i) => ({ field: 'attachments', filename: `p${i}.pdf`, type: 'application/pdf', data: pdf })),
    })
    expect(tooMany.statusCode).toBe(422)
    expect(tooMany.body).toContain('Attach at most 5 files.')
    expect(await countAttachments()).toBe(before)
  })

  it('rejects a filled-in honeypot and posts faster than a person', async () => {
    const before = await countPractices()
    const honeypot = await propose('en', validProposal.map(([k, v]) => [k, k === 'website' ? 'http://spam.example' : v]))
    expect(honeypot.statusCode).toBe(422)
    expect(honeypot.body).toContain('id="f-website-error">Leave this field empty</p>')
    const fresh = await tokenFrom('/en/practices/propose')
    const tooFast = await propose('en', validProposal, { csrf: fresh })
    expect(tooFast.statusCode).toBe(422)
    expect(tooFast.body).toContain('The form was sent faster than a person can fill it in.')
    expect(await countPractices()).toBe(before)
  })

  it('rejects a post that leaves out the honeypot field', async () => {
    const before = await countPractices()
    const res = await propose('en', validProposal.filter(([k]) => k !== 'website'))
    expect(res.statusCode).toBe(422)
    expect(res.body).toContain('id="f-website-error">Leave this field empty</p>')
    expect(await countPractices()).toBe(before)
  })

  it('spends the fill-time stamp: the same stamp cannot send a second proposal', async () => {
    const before = await countPractices()
    const guard = seasonedToken()
    const first = await propose('en', validProposal.map(([k, v]) => [k, k === 'title' ? 'Stamp spent once' : v]), { csrf: guard })
    expect(first.statusCode).toBe(303)
    const replay = await propose('en', validProposal.map(([k, v]) => [k, k === 'title' ? 'Stamp replayed' : v]), { csrf: guard })
    expect(replay.statusCode).toBe(422)
    expect(replay.body).toContain('This form was opened too long ago or has already been sent.')
    expect(await countPractices()).toBe(before + 1)
  })

  it('keeps a person’s start time when the form comes back with errors, so the corrected post goes through at once', async () => {
    const before = await countPractices()
    const guard = seasonedToken()
    const invalid = await propose('en', validProposal.filter(([k]) => k !== 'title'), { csrf: guard })
    expect(invalid.statusCode).toBe(422)
    // The browser keeps its CSRF cookie (still fresh, so not replaced) and sends the new hidden fields.
    const corrected = await propose('en', validProposal, { csrf: guardOf(invalid.body, guard.cookie) })
    expect(corrected.statusCode).toBe(303)
    expect(await countPractices()).toBe(before + 1)
  })

  it('refuses posts that another site made the browser send (Origin, Sec-Fetch-Site), whatever token they carry', async () => {
    const before = await countPractices()
    expect((await propose('en', validProposal, { headers: { origin: 'https://evil.example' } })).statusCode).toBe(403)
    expect((await propose('en', validProposal, { headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403)
    expect((await propose('en', validProposal, { headers: { origin: 'null' } })).statusCode).toBe(403)
    expect(await countPractices()).toBe(before)
    const own = await propose('en', validProposal, { headers: { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' } })
    expect(own.statusCode).toBe(303)
  })

  it('refuses a post without its CSRF token (403) and limits posts per address (429)', async () => {
    const before = await countPractices()
    expect((await propose('en', validProposal, { csrf: null })).statusCode).toBe(403)
    const ip = nextIp()
    const codes: number[] = []
    for (let i = 0; i < 11; i++) codes.push((await propose('en', [['title', 'x']], { ip })).statusCode)
    expect(codes.slice(0, 10).every((c) => c === 422)).toBe(true)
    expect(codes[10]).toBe(429)
    expect(await countPractices()).toBe(before)
  })

  it('answers malformed and foreign bodies with 400, never 500', async () => {
    // With a good CSRF cookie, so the body is read at all.
    const { cookie } = seasonedToken()
    const res = await app.inject({
      method: 'POST',
      url: '/en/practices/propose',
      remoteAddress: nextIp(),
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie },
      payload: 'garbage without the boundary',
    })
    // Busboy finds no part in it: a post without its hidden token, so 403; a client error either way.
    expect([400, 403]).toContain(res.statusCode)
    const json = await app.inject({ method: 'POST', url: '/en/practices/propose', remoteAddress: nextIp(), headers: { cookie }, payload: { title: 'x' } })
    expect(json.statusCode).toBe(400)
  })
})

describe('the private status page', () => {
  it('shows the reference and state, privately', async () => {
    const res = await app.inject({ method: 'GET', url: `/fi/submissions/${proposalToken}` })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(res.headers['referrer-policy']).toBe('same-origin')
    expect(res.body).toContain('<meta name="robots" content="noindex">')
    expect(res.body).toMatch(/IB-\d{4}-\d{4}/)
    expect(res.body).toContain('Kielikahvila Tampereella')
    expect(res.body).not.toContain('<form class="submission-form"')
    // The page is in the reader's language; English labels the same submission.
    const en = await app.inject({ method: 'GET', url: `/en/submissions/${proposalToken}` })
    expect(en.body).toContain('Received, waiting for review')
    expect(en.body).toMatch(/<dd lang="fi">Kielikahvila Tampereella<\/dd>/)
  })

  it('answers an unknown token with 404', async () => {
    expect((await app.inject({ method: 'GET', url: `/fi/submissions/${'A'.repeat(32)}` })).statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: '/fi/submissions/short' })).statusCode).toBe(404)
  })

  it('shows the editors’ note when changes are requested and takes the update back to review', async () => {
    await t.payload.update({ collection: 'practices', id: proposalId, locale: 'fi', data: { workflowStatus: 'in-review' }, overrideAccess: true, user: editor })
    await t.payload.update({
      collection: 'practices',
      id: proposalId,
      locale: 'fi',
      data: { workflowStatus: 'changes-requested', workflowNote: 'Kerro tuloksista <b>tarkemmin</b>.' },
      overrideAccess: true,
      user: editor,
    })
    const page = await app.inject({ method: 'GET', url: `/en/submissions/${proposalToken}` })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Changes requested')
    expect(page.body).toContain('Message from the editors')
    expect(page.body).toContain('Kerro tuloksista &lt;b&gt;tarkemmin&lt;/b&gt;.')
    expect(page.body).not.toContain('editor@example.org')
    expect(page.body).toContain(`action="/en/submissions/${proposalToken}"`)
    expect(page.body).toMatch(/<textarea id="f-howItWorks" name="howItWorks" rows="6" maxlength="4000" lang="fi"[^>]*>Tapaamme kirjastossa.\n\nJokainen tapaaminen kestää tunnin.<\/textarea>/)
    // The editor's request went out by mail too, with the same private link.
    const mails = await mailsTo('liisa@tampere.example')
    expect(mails.at(-1)!.text).toContain(`/fi/submissions/${proposalToken}`)

    // Errors keep the submitter's text and change nothing.
    const invalid = await postForm(`/en/submissions/${proposalToken}`, [['title', ''], ['summary', 'Uusi tiivistelmä.'], ['howItWorks', 'x']])
    expect(invalid.statusCode).toBe(422)
    expect(invalid.body).toContain('id="f-title-error">Fill in Title.</p>')
    expect(invalid.body).toContain('>Uusi tiivistelmä.</textarea>')

    const res = await postForm(`/en/submissions/${proposalToken}`, [
      ['title', 'Kielikahvila Tampereen kirjastossa'],
      ['summary', 'Uusi tiivistelmä.'],
      ['howItWorks', 'Tapaamme kirjastossa.'],
      ['results', 'Kolmekymmentä osallistujaa.'],
    ])
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe(`/en/submissions/${proposalToken}?updated=1`)
    const doc = await t.payload.findByID({ collection: 'practices', id: proposalId, locale: 'fi', overrideAccess: true })
    expect(doc).toMatchObject({ title: 'Kielikahvila Tampereen kirjastossa', summary: 'Uusi tiivistelmä.', workflowStatus: 'submitted' })
    expect(JSON.stringify(doc.results)).toContain('Kolmekymmentä osallistujaa.')
    expect(doc.history!.map((h) => [h.from ?? null, h.to, h.by])).toEqual([
      [null, 'submitted', 'submitter'],
      ['submitted', 'in-review', 'editor@example.org'],
      ['in-review', 'changes-requested', 'editor@example.org'],
      ['changes-requested', 'submitted', 'submitter'],
    ])
    const after = await app.inject({ method: 'GET', url: String(res.headers.location) })
    expect(after.body).toContain('Thank you. Your updated proposal has been sent for review.')
    expect(after.body).toContain('Received, waiting for review')
    expect(after.body).not.toContain('<form class="submission-form"')
    // Once sent back, a second post changes nothing.
    const again = await postForm(`/en/submissions/${proposalToken}`, [['title', 'Overwritten'], ['summary', 's'], ['howItWorks', 'h']])
    expect(again.statusCode).toBe(303)
    expect((await t.payload.findByID({ collection: 'practices', id: proposalId, locale: 'fi', overrideAccess: true })).title).toBe(
      'Kielikahvila Tampereen kirjastossa',
    )
  })

  it('links to the public page once published', async () => {
    await t.payload.update({ collection: 'practices', id: proposalId, locale: 'fi', data: { workflowStatus: 'in-review' }, overrideAccess: true, user: editor })
    await t.payload.update({ collection: 'practices', id: proposalId, locale: 'fi', data: { workflowStatus: 'published', criteriaMet: ['clear-goals'] }, overrideAccess: true, user: editor })
    const doc = await t.payload.findByID({ collection: 'practices', id: proposalId, overrideAccess: true })
    const page = await app.inject({ method: 'GET', url: `/fi/submissions/${proposalToken}` })
    expect(page.body).toContain(`href="/fi/practices/${doc.slug}"`)
    expect((await app.inject({ method: 'GET', url: `/fi/practices/${doc.slug}` })).statusCode).toBe(200)
  })
})

describe('replication reports', () => {
  const report: Fields = [
    ['municipality', 'Tromsø'],
    ['country', 'NO'],
    ['startDate', '2024-05-01'],
    ['changes', 'We met in the library instead.'],
    ['outcomes', 'Twenty regular visitors.'],
    ['name', 'Kari Nordmann'],
    ['email', 'kari@tromso.example'],
  ]

  it('offers the form for a published practice only', async () => {
    const res = await app.inject({ method: 'GET', url: '/en/practices/language-cafe/replicate' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('private, no-store')
    expect(res.body).toContain('Language café')
    expect(res.body).toContain('<label for="f-municipality">Municipality <span class="required">(required)</span></label>')
    expect((await app.inject({ method: 'GET', url: '/en/practices/no-such-practice/replicate' })).statusCode).toBe(404)
    // One practice in every other workflow state: none of them offers the form.
    const unpublished = workflowStates.filter((s) => s !== 'published')
    for (const state of unpublished) await createPractice(t.payload, { ...publishedSeed, slug: `replicate-${state}` }, refs, state)
    const hidden = await t.payload.find({ collection: 'practices', where: { slug: { like: 'replicate-' } }, overrideAccess: true, pagination: false })
    expect(hidden.docs.map((d) => d.workflowStatus).sort()).toEqual([...unpublished].sort())
    for (const d of hidden.docs) {
      expect((await app.inject({ method: 'GET', url: `/en/practices/${d.slug}/replicate` })).statusCode, d.workflowStatus!).toBe(404)
    }
  })

  it('stores a report as submitted with a reference and mails the receipt', async () => {
    const res = await postForm('/en/practices/language-cafe/replicate', report)
    expect(res.statusCode).toBe(303)
    expect(String(res.headers.location)).toMatch(/^\/en\/practices\/language-cafe\/replicate\/thanks\?receipt=/)
    const thanks = await app.inject({ method: 'GET', url: String(res.headers.location) })
    expect(thanks.body).toContain('Thank you for your report')
    const stored = await t.payload.find({ collection: 'replications', overrideAccess: true })
    expect(stored.docs).toHaveLength(1)
    const doc = stored.docs[0]
    expect(doc).toMatchObject({
      municipality: 'Tromsø',
      country: 'NO',
      language: 'en',
      workflowStatus: 'submitted',
      changes: 'We met in the library instead.',
      submitter: { name: 'Kari Nordmann', email: 'kari@tromso.example', locale: 'en' },
    })
    expect(doc.submitter?.reference).toMatch(/^RP-\d{4}-\d{4}$/)
    expect(thanks.body).toContain(doc.submitter!.reference!)
    // Not on the public practice page until published.
    expect((await app.inject({ method: 'GET', url: '/en/practices/language-cafe' })).body).not.toContain('Tromsø')

    const mails = await mailsTo('kari@tromso.example')
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toContain(doc.submitter!.reference!)
    const token = /\/en\/submissions\/([A-Za-z0-9_-]{32})/.exec(mails[0].text)![1]
    const status = await app.inject({ method: 'GET', url: `/sv/submissions/${token}` })
    expect(status.statusCode).toBe(200)
    expect(status.body).toContain(doc.submitter!.reference!)
    expect(status.body).toContain('Mottaget, väntar på granskning')
    expect(status.body).toContain('Tromsø')
  })

  it('answers a report for an unknown practice with 404 and rejects an incomplete one', async () => {
    expect((await postForm('/en/practices/no-such-practice/replicate', report)).statusCode).toBe(404)
    const incomplete = await postForm('/sv/practices/language-cafe/replicate', [['municipality', 'Tromsø']])
    expect(incomplete.statusCode).toBe(422)
    expect(incomplete.body).toContain('id="f-changes-error">Fyll i fältet Vad ändrade ni?')
    expect((await t.payload.count({ collection: 'replications', overrideAccess: true })).totalDocs).toBe(1)
  })
})
