import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { adminOrSelf } from './admin-or-self'
import { anyone } from './anyone'
import { isAdmin } from './is-admin'
import { isEditor } from './is-editor'
import { isStaff } from './is-staff'
import { publishedOrEditor } from './published-or-editor'
import type { Role } from './roles'

type Rule = (args: { req: PayloadRequest }) => unknown
const as = (rule: unknown, roles: Role[] | null) => {
  const user = roles ? { id: 7, roles } : null
  return (rule as Rule)({ req: { user } as unknown as PayloadRequest })
}

const published = { _status: { equals: 'published' } }
const cases: [string, unknown, Record<string, unknown>][] = [
  ['anyone', anyone, { anonymous: true, admin: true, editor: true, moderator: true, expert: true }],
  ['isAdmin', isAdmin, { anonymous: false, admin: true, editor: false, moderator: false, expert: false }],
  ['isEditor', isEditor, { anonymous: false, admin: true, editor: true, moderator: false, expert: false }],
  ['isStaff', isStaff, { anonymous: false, admin: true, editor: true, moderator: true, expert: true }],
  [
    'publishedOrEditor',
    publishedOrEditor,
    { anonymous: published, admin: true, editor: true, moderator: published, expert: published },
  ],
  [
    'adminOrSelf',
    adminOrSelf,
    { anonymous: false, admin: true, editor: { id: { equals: 7 } }, moderator: { id: { equals: 7 } }, expert: { id: { equals: 7 } } },
  ],
]

describe.each(cases)('%s', (_name, rule, expected) => {
  it.each(Object.entries(expected))('for %s gives %j', (who, result) => {
    expect(as(rule, who === 'anonymous' ? null : [who as Role])).toEqual(result)
  })
})
