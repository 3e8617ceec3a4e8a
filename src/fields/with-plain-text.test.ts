import type { CollectionConfig, Field, FieldHook } from 'payload'
import { describe, expect, it } from 'vitest'
import { withPlainText } from './with-plain-text'

const hookOf = (field: Field): FieldHook | undefined => ('hooks' in field ? field.hooks?.beforeValidate?.[0] : undefined)

describe('withPlainText', () => {
  it('cleans text fields nested in tabs and groups, and leaves other fields alone', () => {
    const collection: CollectionConfig = {
      slug: 'x',
      fields: [
        { type: 'tabs', tabs: [{ label: 'A', fields: [{ name: 'contact', type: 'group', fields: [{ name: 'name', type: 'text' }] }] }] },
        { name: 'count', type: 'number' },
      ],
    }
    const [tabs, count] = withPlainText(collection).fields
    const group = tabs!.type === 'tabs' ? tabs!.tabs[0]!.fields[0]! : undefined
    const name = group?.type === 'group' ? group.fields[0]! : undefined
    const hook = hookOf(name!)
    expect(hook?.({ value: 'a\u202Eb' } as Parameters<FieldHook>[0])).toBe('ab')
    expect(hookOf(count!)).toBeUndefined()
  })
})
