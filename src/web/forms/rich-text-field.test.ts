import { describe, expect, it } from 'vitest'
import { blocksToLexical } from '../../rich-text/blocks-to-lexical'
import { lexicalToHtml } from '../../rich-text/lexical-to-html'
import { richTextToText, textToRichText } from './rich-text-field'

describe('textarea text as rich text', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    const value = textToRichText('First line\nstill first.\n\n\n  Second <b>para</b>.  ')
    expect(lexicalToHtml(value)).toBe('<p>First line still first.</p><p>Second &lt;b&gt;para&lt;/b&gt;.</p>')
  })
  it('stores nothing for empty text', () => {
    expect(textToRichText('  \n\n ')).toBeNull()
  })
  it('reads rich text back as paragraphs', () => {
    expect(richTextToText(textToRichText('One.\n\nTwo.'))).toBe('One.\n\nTwo.')
    const mixed = blocksToLexical([
      { type: 'h2', text: 'Heading' },
      { type: 'ul', items: ['a', 'b'] },
    ])
    expect(richTextToText(mixed)).toBe('Heading\n\na\n\nb')
    expect(richTextToText(null)).toBe('')
    expect(richTextToText({ nonsense: true })).toBe('')
  })
})
