import { describe, expect, it } from 'vitest'
import { blocksToLexical } from './blocks-to-lexical'
import { lexicalToHtml, lexicalToText, safeUrl } from './lexical-to-html'

describe('lexicalToHtml', () => {
  it('renders paragraphs, headings and lists from blocks', () => {
    const doc = blocksToLexical([
      { type: 'h2', text: 'Results' },
      { type: 'p', text: 'Jobs & homes' },
      { type: 'ul', items: ['one', 'two'] },
    ])
    expect(lexicalToHtml(doc)).toBe('<h2>Results</h2><p>Jobs &amp; homes</p><ul><li>one</li><li>two</li></ul>')
    expect(lexicalToText(doc)).toBe('Results Jobs & homes onetwo')
  })
  it('escapes text and drops dangerous links', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: '<img src=x onerror=alert(1)>' },
              { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [{ type: 'text', text: 'click' }] },
              { type: 'link', fields: { url: 'https://example.org/"x' }, children: [{ type: 'text', text: 'ok', format: 1 }] },
            ],
          },
          { type: 'html-embed', html: '<script>x</script>', children: [] },
        ],
      },
    }
    expect(lexicalToHtml(doc)).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;click<a href="https://example.org/&quot;x" rel="noopener noreferrer"><strong>ok</strong></a></p>',
    )
  })
  it('accepts only http(s), mailto and site-relative URLs', () => {
    expect(safeUrl('https://a.se')).toBe('https://a.se')
    expect(safeUrl('/sv/news')).toBe('/sv/news')
    expect(safeUrl('//evil.example')).toBeUndefined()
    expect(safeUrl('data:text/html,x')).toBeUndefined()
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined()
  })
  it('maps body h1 to h2 and ignores garbage', () => {
    expect(lexicalToHtml({ root: { type: 'root', children: [{ type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'T' }] }] } })).toBe('<h2>T</h2>')
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToHtml('x')).toBe('')
  })
})
