import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPayloadConfig } from '../../config/build-payload-config'
import { readEnv } from '../../config/env'
import { locales } from '../locales'

// Issue 8: editors see the project's collections, fields, tabs and options in their own admin
// language. Walks the built configuration, so a field added later without labels fails here.
let config: SanitizedConfig

beforeAll(async () => {
  config = await buildPayloadConfig(readEnv({ DATABASE_URL: 'file:/tmp/admin-labels.db', PAYLOAD_SECRET: 'x'.repeat(24), PUBLIC_URL: 'http://localhost:3000', DATA_DIR: '/tmp/admin-labels' }))
})

/** What is wrong with a label an editor sees: '' when it is in all six languages (or Payload translates it). */
function problem(label: unknown): string {
  if (typeof label === 'function' || label === false) return ''
  if (typeof label === 'object' && label !== null) {
    const missing = locales.filter((l) => !(label as Record<string, unknown>)[l])
    return missing.length ? `missing ${missing.join(', ')}` : ''
  }
  return `not translated: ${JSON.stringify(label)}`
}

function visibleFieldProblems(owner: string, fields: readonly Field[], found: string[]): void {
  for (const field of fields) {
    const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
    const hidden = ('hidden' in field && field.hidden === true) || admin.hidden === true || admin.disabled === true
    if (hidden) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if (tab.label !== undefined && problem(tab.label)) found.push(`${owner} tab ${JSON.stringify(tab.label)}: ${problem(tab.label)}`)
        visibleFieldProblems(owner, tab.fields, found)
      }
      continue
    }
    if ('name' in field && field.type !== 'ui') {
      const p = problem('label' in field ? field.label : undefined)
      if (p) found.push(`${owner}.${field.name}: ${p}`)
      const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
      if (typeof description === 'string') found.push(`${owner}.${field.name} description: not translated`)
      // The jobs' task, queue and log-state choices are code names an operator searches by.
      const codeNames = owner === 'payload-jobs' && ['taskSlug', 'queue', 'state'].includes(field.name)
      if ((field.type === 'select' || field.type === 'radio') && !codeNames) {
        for (const option of field.options) {
          const p = typeof option === 'string' ? 'a bare code' : problem(option.label)
          if (p) found.push(`${owner}.${field.name} option ${typeof option === 'string' ? option : option.value}: ${p}`)
        }
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) visibleFieldProblems(owner, field.fields, found)
  }
}

describe('the admin in the editor’s language', () => {
  it('names every collection and global shown to editors in all six languages', () => {
    const found: string[] = []
    for (const c of config.collections.filter((c) => !c.admin?.hidden)) {
      for (const which of ['singular', 'plural'] as const) {
        const p = problem(c.labels[which])
        if (p) found.push(`${c.slug} ${which}: ${p}`)
      }
    }
    for (const g of config.globals) if (problem(g.label)) found.push(`${g.slug}: ${problem(g.label)}`)
    expect(found).toEqual([])
  })
  it('labels every visible field, tab and choice, and translates every help text', () => {
    const found: string[] = []
    for (const c of config.collections.filter((c) => !c.admin?.hidden)) visibleFieldProblems(c.slug, c.fields, found)
    for (const g of config.globals) visibleFieldProblems(g.slug, g.fields, found)
    expect(found).toEqual([])
  })
})
