import { describe, expect, it } from 'vitest'
import { cleanText, formValue, formValues, parseUrlEncoded } from './form-body'

describe('form bodies', () => {
  it('parses urlencoded text, keeping repeated names as lists', () => {
    const body = parseUrlEncoded('title=Spr%C3%A5kcaf%C3%A9&themes=a&themes=b&empty=')
    expect(formValue(body, 'title')).toBe('Språkcafé')
    expect(formValues(body, 'themes')).toEqual(['a', 'b'])
    expect(formValue(body, 'themes')).toBe('a')
    expect(formValue(body, 'empty')).toBe('')
    expect(formValue(body, 'missing')).toBe('')
    expect(formValues(body, 'missing')).toEqual([])
  })
  it('treats prototype names as plain fields', () => {
    const body = parseUrlEncoded('__proto__=x&constructor=y')
    expect(formValue(body, '__proto__')).toBe('x')
    expect(formValue(body, 'constructor')).toBe('y')
    expect(formValue({}, 'toString')).toBe('')
  })
  it('ignores values that are not text', () => {
    expect(formValue({ a: 1, b: { c: 'd' } }, 'a')).toBe('')
    expect(formValues({ a: ['x', 2] }, 'a')).toEqual(['x'])
    expect(formValue(undefined, 'a')).toBe('')
  })
  it('cleans text: line breaks, control characters, spaces', () => {
    expect(cleanText('  a\r\nb\rc\u0000d  ', true)).toBe('a\nb\ncd')
    expect(cleanText(' one\nline\t here ', false)).toBe('one line here')
    expect(cleanText('Anna \u202Efdp.exe\u0085', false)).toBe('Anna fdp.exe')
  })
})
