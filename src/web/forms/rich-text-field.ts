import { blocksToLexical } from '../../rich-text/blocks-to-lexical'
import type { LexicalNode } from '../../rich-text/lexical-to-html'

/**
 * Text from a textarea as rich text: paragraphs split on blank lines, line breaks inside a
 * paragraph become spaces. Everything stays plain text (no markup is interpreted). Empty → null.
 */
export function textToRichText(text: string): ReturnType<typeof blocksToLexical> | null {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  return paragraphs.length ? blocksToLexical(paragraphs.map((p) => ({ type: 'p' as const, text: p }))) : null
}

function plain(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(plain).join('')
}

/** Rich text back as textarea text: one paragraph (heading, list item) per block, blank lines between. */
export function richTextToText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children) return ''
  const blocks: string[] = []
  for (const node of root.children) {
    if (node.type === 'list') for (const item of node.children ?? []) blocks.push(plain(item).trim())
    else blocks.push(plain(node).trim())
  }
  return blocks.filter(Boolean).join('\n\n')
}
