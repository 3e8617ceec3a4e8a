import { describe, expect, it } from 'vitest'
import { html } from './html'
import { inLanguage, langAttrs } from './in-language'

const fi = { locale: 'fi' as const }

describe('inLanguage', () => {
  it('marks text in another language than the page with lang', () => {
    expect(inLanguage(fi, 'da', 'Sprogcenter Vejle').value).toBe('<span lang="da">Sprogcenter Vejle</span>')
  })

  it('leaves text in the page language unwrapped', () => {
    expect(inLanguage(fi, 'fi', 'Kielikeskus').value).toBe('Kielikeskus')
  })

  it('leaves text of unknown language unmarked rather than guessing', () => {
    expect(inLanguage(fi, null, 'x').value).toBe('x')
    expect(inLanguage(fi, undefined, 'x').value).toBe('x')
  })

  it('compares with the surrounding language when the text sits inside marked content', () => {
    expect(inLanguage(fi, 'da', 'x', { around: 'da' }).value).toBe('x')
    expect(inLanguage(fi, 'fi', 'x', { around: 'da' }).value).toBe('<span lang="fi">x</span>')
  })

  it('uses the element asked for and keeps its attributes, marked or not', () => {
    expect(inLanguage(fi, 'sv', 'x', { tag: 'li' }).value).toBe('<li lang="sv">x</li>')
    expect(inLanguage(fi, 'fi', 'x', { tag: 'dd', attrs: html` class="c"` }).value).toBe('<dd class="c">x</dd>')
  })

  it('adds dir only when the script runs the other way', () => {
    expect(inLanguage(fi, 'sv', 'x').value).not.toContain('dir=')
    expect(inLanguage(fi, 'ar', 'x').value).toBe('<span lang="ar" dir="rtl">x</span>')
  })

  it('escapes the content', () => {
    expect(inLanguage(fi, 'da', '<b>').value).toBe('<span lang="da">&lt;b&gt;</span>')
  })
})

describe('langAttrs', () => {
  it('gives lang only for another language', () => {
    expect(langAttrs(fi, 'nb').value).toBe(' lang="nb"')
    expect(langAttrs(fi, 'fi').value).toBe('')
    expect(langAttrs(fi, null).value).toBe('')
  })
})
