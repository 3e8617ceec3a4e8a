import { describe, expect, it } from 'vitest'
import { escapeHtml, html, trusted } from './html'

describe('html template', () => {
  it('escapes interpolated strings', () => {
    const evil = '<script>alert("x")</script>'
    expect(html`<p>${evil}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>')
  })
  it('escapes attribute breakers', () => {
    expect(html`<a title="${`" onclick='x'`}">`.value).toBe('<a title="&quot; onclick=&#39;x&#39;">')
  })
  it('keeps nested safe html and joins arrays', () => {
    const items = ['a&b', 'c'].map((s) => html`<li>${s}</li>`)
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>')
  })
  it('drops null, undefined and booleans', () => {
    expect(html`${null}${undefined}${false}${true}${0}`.value).toBe('0')
  })
  it('passes trusted markup through', () => {
    expect(html`${trusted('<b>x</b>')}`.value).toBe('<b>x</b>')
    expect(escapeHtml('&amp;')).toBe('&amp;amp;')
  })
})
