import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/web/app'
import { startTestPayload, type TestPayload } from '../helpers/test-payload'

// Issue 7, finding 12: GraphQL errors must not map the schema with "Did you mean …" hints.
let t: TestPayload
let app: FastifyInstance

beforeAll(async () => {
  t = await startTestPayload({ ROLE: 'web' })
  app = await buildApp({ payload: t.payload, env: t.env })
})

afterAll(async () => {
  await app?.close()
  await t?.cleanup()
})

async function query(q: string) {
  return app.inject({
    method: 'POST',
    url: '/api/graphql',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    payload: { query: q },
  })
}

describe('GraphQL error messages', () => {
  it('name a misspelled field without suggesting the real one', async () => {
    const res = await query('{ NewsItems { docs { titel } } }')
    expect(res.body).toContain('Cannot query field \\"titel\\"')
    expect(res.body).not.toContain('Did you mean')
  })

  it('name a misspelled query without suggesting collections', async () => {
    const res = await query('{ NewsItemz { docs { id } } }')
    expect(res.body).toContain('Cannot query field')
    expect(res.body).not.toContain('Did you mean')
  })
})
