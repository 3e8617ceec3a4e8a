import { describe, expect, it } from 'vitest'
import { parseUrlEncoded } from './form-body'
import { FormReader } from './form-reader'

const read = (query: string) => new FormReader(parseUrlEncoded(query))

describe('form reader', () => {
  it('reads required and optional text, measuring cleaned text', () => {
    const f = read('title=%20Hello%20&note=')
    expect(f.text('title', 'propose.titleField', { required: true, max: 5 })).toBe('Hello')
    expect(f.text('note', 'practice.region', { max: 5 })).toBe('')
    expect(f.errors).toEqual([])
  })
  it('reports missing and overlong text with the field label', () => {
    const f = read(`summary=${'x'.repeat(11)}`)
    f.text('title', 'propose.titleField', { required: true, max: 10 })
    f.text('summary', 'propose.summaryField', { max: 10 })
    expect(f.errors).toEqual([
      { field: 'title', key: 'form.error.required', label: 'propose.titleField', values: undefined },
      { field: 'summary', key: 'form.error.tooLong', label: 'propose.summaryField', values: { max: 10 } },
    ])
  })
  it('keeps markup as plain text', () => {
    const f = read(`title=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(f.text('title', 'propose.titleField', { max: 100 })).toBe('<script>alert(1)</script>')
  })
  it('checks e-mail addresses the way Payload does', () => {
    const f = read('a=name%40example.org&b=not-an-address&c=x%40y..org&d=')
    expect(f.email('a', 'propose.yourEmail', { required: true })).toBe('name@example.org')
    f.email('b', 'propose.yourEmail')
    f.email('c', 'propose.yourEmail')
    f.email('d', 'propose.yourEmail', { required: true })
    expect(f.errors.map((e) => [e.field, e.key])).toEqual([
      ['b', 'form.error.email'],
      ['c', 'form.error.email'],
      ['d', 'form.error.required'],
    ])
  })
  it('accepts only http(s) addresses', () => {
    const f = read(`a=https%3A%2F%2Fexample.org%2Fx&b=javascript%3Aalert(1)&c=example.org`)
    expect(f.url('a', 'propose.linkField')).toBe('https://example.org/x')
    f.url('b', 'propose.linkField')
    f.url('c', 'propose.linkField')
    expect(f.errors.map((e) => e.field)).toEqual(['b', 'c'])
  })
  it('accepts real calendar dates only', () => {
    const f = read('a=2024-02-29&b=2023-02-29&c=15.08.2024&d=')
    expect(f.date('a', 'propose.startDate')).toBe('2024-02-29')
    expect(f.date('b', 'propose.startDate')).toBeUndefined()
    expect(f.date('c', 'propose.startDate')).toBeUndefined()
    expect(f.date('d', 'propose.startDate')).toBeUndefined()
    expect(f.errors.map((e) => [e.field, e.key])).toEqual([
      ['b', 'form.error.date'],
      ['c', 'form.error.date'],
    ])
  })
  it('accepts only listed choices', () => {
    const f = read('country=SE&bad=XX&groups=a&groups=b&groups=a&evil=a&evil=z')
    expect(f.choice('country', 'practice.country', ['SE', 'NO'], { required: true })).toBe('SE')
    expect(f.choice('bad', 'practice.country', ['SE', 'NO'])).toBeUndefined()
    expect(f.choice('none', 'practice.country', ['SE'], { required: true })).toBeUndefined()
    expect(f.choices('groups', 'practice.targetGroups', ['a', 'b'])).toEqual(['a', 'b'])
    expect(f.choices('evil', 'practice.targetGroups', ['a', 'b'])).toEqual([])
    expect(f.errors.map((e) => [e.field, e.key])).toEqual([
      ['bad', 'form.error.choice'],
      ['none', 'form.error.choice'],
      ['evil', 'form.error.choice'],
    ])
  })
  it('reads checkboxes', () => {
    const f = read('consent=yes')
    expect(f.checked('consent')).toBe(true)
    expect(f.checked('other')).toBe(false)
  })
})
