import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPayloadConfig } from '../config/build-payload-config'
import { readEnv } from '../config/env'
import { srcDir } from '../config/paths'

// Issue 8: the admin shows the site's own name and mark and the editors' queues. Payload finds
// these components through the generated import map: one missing there renders nothing at all.
let config: SanitizedConfig
const importMap = readFileSync(path.join(srcDir, 'app', '(payload)', 'admin', 'importMap.js'), 'utf8')

beforeAll(async () => {
  config = await buildPayloadConfig(readEnv({ DATABASE_URL: 'file:/tmp/admin-components.db', PAYLOAD_SECRET: 'x'.repeat(24), PUBLIC_URL: 'http://localhost:3000', DATA_DIR: '/tmp/admin-components' }))
})

describe('the admin’s own components', () => {
  it('replace Payload’s logo and icon and add the queues above the dashboard', () => {
    const { components } = config.admin
    expect(components.graphics).toMatchObject({ Logo: '/admin/Logo#Logo', Icon: '/admin/Icon#Icon' })
    expect(components.beforeDashboard).toEqual(['/features/dashboard/admin/EditorQueues#EditorQueues'])
  })
  it('put the newsletter figures and import above the subscribers list', () => {
    const subscribers = config.collections.find((c) => c.slug === 'subscribers')
    expect(subscribers?.admin.components?.beforeList).toEqual(['/features/newsletter/figures/admin/NewsletterTools#NewsletterTools'])
  })
  it('are all in the generated import map (run `payload generate:importmap` after adding one)', () => {
    const { components } = config.admin
    const beforeLists = config.collections.flatMap((c) => (c.admin.components?.beforeList ?? []) as string[])
    for (const key of ['/admin/Logo#Logo', '/admin/Icon#Icon', ...(components.beforeDashboard as string[]), ...beforeLists]) expect(importMap).toContain(`"${key}"`)
  })
  it('name the site, not Payload, in the browser tab and give it the site’s icon', () => {
    expect(config.admin.meta.titleSuffix).toBe(' · Nordic Integration Clearinghouse')
    expect(JSON.stringify(config.admin.meta.icons)).toMatch(/\/assets\/[0-9a-f]{10}\/favicon\.svg/)
  })
})
