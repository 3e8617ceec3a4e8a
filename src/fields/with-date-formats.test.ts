import { describe, expect, it } from 'vitest'
import type { Field } from 'payload'
import { buildPayloadConfig } from '../config/build-payload-config'
import { readEnv } from '../config/env'

type DateField = { path: string; format: string | undefined; appearance: string | undefined }

function dateFields(fields: readonly Field[], path = ''): DateField[] {
  return fields.flatMap((f) => {
    const name = 'name' in f ? `${path}${f.name}` : path
    if (f.type === 'date') return [{ path: name, format: f.admin?.date?.displayFormat, appearance: f.admin?.date?.pickerAppearance }]
    if (f.type === 'tabs') return f.tabs.flatMap((t) => dateFields(t.fields, `${name}`))
    if ('fields' in f && Array.isArray(f.fields)) return dateFields(f.fields, `${name}.`)
    return []
  })
}

describe('dates in the admin', () => {
  it('show the year on every date field of every collection (Payload’s day-only default has none)', async () => {
    const config = await buildPayloadConfig(readEnv({ DATABASE_URL: 'file:/tmp/unused.db', PAYLOAD_SECRET: 'x'.repeat(24), DATA_DIR: '/tmp' }))
    const found = (config.collections ?? []).flatMap((c) => dateFields(c.fields).map((d) => ({ ...d, path: `${c.slug}.${d.path}` })))
    expect(found.filter((d) => d.format !== undefined).length).toBeGreaterThan(10)
    // A field without a format of its own uses Payload's default picker format (with the year) in
    // the edit view and the config's dateFormat in lists; a day-only or day-and-time picker without
    // one would show "Aug 15" or a 12-hour clock.
    const withoutYear = found.filter((d) => (d.format === undefined ? d.appearance !== undefined && d.appearance !== 'default' : !d.format.includes('yyyy')))
    expect(withoutYear).toEqual([])
    expect(config.admin?.dateFormat).toBe('d MMM yyyy, HH:mm')
  })
})
