import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPayloadConfig } from '../config/build-payload-config'
import { readEnv } from '../config/env'
import { srcDir } from '../config/paths'

// Issue 15: text shown to editors in the admin carries its language, like on the site.
let config: SanitizedConfig
const importMap = readFileSync(path.join(srcDir, 'app', '(payload)', 'admin', 'importMap.js'), 'utf8')

beforeAll(async () => {
  config = await buildPayloadConfig(readEnv({ DATABASE_URL: 'file:/tmp/input-language.db', PAYLOAD_SECRET: 'x'.repeat(24), PUBLIC_URL: 'http://localhost:3000', DATA_DIR: '/tmp/input-language' }))
})

type FieldComponent = { path: string; clientProps?: { languageFrom?: string } } | undefined

function find(fields: readonly Field[], name: string): Field | undefined {
  for (const f of fields) {
    if ('name' in f && f.name === name) return f
    const inner = f.type === 'tabs' ? f.tabs.flatMap((t) => t.fields) : 'fields' in f ? f.fields : []
    const found = find(inner, name)
    if (found) return found
  }
  return undefined
}

const componentOf = (collection: string, name: string): FieldComponent => {
  const field = find(config.collections.find((c) => c.slug === collection)!.fields, name)
  return (field?.admin as { components?: { Field?: FieldComponent } } | undefined)?.components?.Field
}

describe('text inputs in the admin', () => {
  it('carry the content locale when the field is localized', () => {
    expect(componentOf('practices', 'title')).toEqual({ path: '/admin/InLanguageField#TextInLanguage' })
    expect(componentOf('news', 'summary')).toEqual({ path: '/admin/InLanguageField#TextareaInLanguage' })
  })
  it('carry the record’s language when the field is kept in one language', () => {
    expect(componentOf('practices', 'partners')).toEqual({ path: '/admin/InLanguageField#TextareaInLanguage', clientProps: { languageFrom: 'originalLanguage' } })
    expect(componentOf('practices', 'role')?.clientProps).toEqual({ languageFrom: 'originalLanguage' })
    expect(componentOf('replications', 'changes')?.clientProps).toEqual({ languageFrom: 'language' })
  })
  it('carry the content locale in localized rich text, on the editable area', () => {
    const field = find(config.collections.find((c) => c.slug === 'practices')!.fields, 'howItWorks')
    expect((field?.admin as { components?: { afterInput?: unknown[] } }).components?.afterInput).toContain('/admin/InLanguageField#EditorLanguage')
  })
  it('leave proper names and codes alone', () => {
    expect(componentOf('practices', 'municipality')).toBeUndefined()
    expect(componentOf('practices', 'slug')).toBeUndefined()
  })
  it('are in the generated import map', () => {
    for (const key of ['/admin/InLanguageField#TextInLanguage', '/admin/InLanguageField#TextareaInLanguage', '/admin/InLanguageField#EditorLanguage']) expect(importMap).toContain(`"${key}"`)
  })
})
