import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { matchUnknownAccountCost } from './match-unknown-account-cost'

function lookup(found: boolean): { req: Pick<PayloadRequest, 'payload'>; asked: unknown[] } {
  const asked: unknown[] = []
  const findOne = async (args: unknown) => {
    asked.push(args)
    return found ? { id: 1 } : null
  }
  return { req: { payload: { db: { findOne } } } as unknown as Pick<PayloadRequest, 'payload'>, asked }
}

describe('matchUnknownAccountCost', () => {
  it('derives a key from the given password when the account does not exist', async () => {
    const derived: string[] = []
    const { req, asked } = lookup(false)
    await matchUnknownAccountCost(req, 'users', 'nobody@example.org', 'a-guess', async (p) => derived.push(p))
    expect(asked).toEqual([expect.objectContaining({ collection: 'users', where: { email: { equals: 'nobody@example.org' } } })])
    expect(derived).toEqual(['a-guess'])
  })

  it('leaves the derivation to Payload when the account exists', async () => {
    const derived: string[] = []
    await matchUnknownAccountCost(lookup(true).req, 'users', 'editor@example.org', 'a-guess', async (p) => derived.push(p))
    expect(derived).toEqual([])
  })

  it('derives nothing and looks nothing up without a password (Payload refuses that before any lookup)', async () => {
    const derived: string[] = []
    const { req, asked } = lookup(false)
    for (const password of [undefined, '', '   ', 42]) {
      await matchUnknownAccountCost(req, 'users', 'nobody@example.org', password, async (p) => derived.push(p))
    }
    expect(asked).toEqual([])
    expect(derived).toEqual([])
  })
})
