import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 8: organisation pages show an address, and a contact person only with their consent.
let t: TestPayload
let app: FastifyInstance

const organisation = (slug: string, consent: boolean) =>
  t.payload.create({
    collection: 'organisations',
    locale: 'en',
    data: {
      name: `Org ${slug}`,
      slug,
      type: 'municipality',
      country: 'DK',
      address: { street: 'Torvet 1', postalCode: '7100', city: 'Vejle' },
      contact: { name: 'Mette Jensen', email: 'mette@vejle.example', phone: '+45 1234 5678', consent },
    },
    overrideAccess: true,
  })

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  await organisation('with-consent', true)
  await organisation('without-consent', false)
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

describe('an organisation page', () => {
  it('shows the address and, with consent, the contact person', async () => {
    const res = await app.inject({ method: 'GET', url: '/en/organisations/with-consent' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<dt>Address</dt><dd>Torvet 1, 7100 Vejle</dd>')
    expect(res.body).toContain('Mette Jensen')
    expect(res.body).toContain('href="mailto:mette@vejle.example"')
  })
  it('shows no contact person without consent, neither on the page nor through the API', async () => {
    const res = await app.inject({ method: 'GET', url: '/da/organisations/without-consent' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<dt>Adresse</dt><dd>Torvet 1, 7100 Vejle</dd>')
    expect(res.body).not.toContain('Mette')
    expect(res.body).not.toContain('mette@vejle.example')
    const api = await app.inject({ method: 'GET', url: '/api/organisations?where[slug][equals]=without-consent' })
    expect(api.body).toContain('Torvet 1')
    expect(api.body).not.toContain('mette@vejle.example')
  })
})
