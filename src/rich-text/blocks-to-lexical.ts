import type { SeedBlock } from '../seed/data/types'

const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

/** Turns simple blocks (paragraphs, h2, bullet lists) into the Lexical JSON that Payload stores. */
export function blocksToLexical(blocks: readonly SeedBlock[]) {
  const children = blocks.map((b) => {
    if (b.type === 'p') return { ...element, type: 'paragraph', textFormat: 0, children: [text(b.text)] }
    if (b.type === 'h2') return { ...element, type: 'heading', tag: 'h2', children: [text(b.text)] }
    return {
      ...element,
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      children: b.items.map((item, i) => ({ ...element, type: 'listitem', value: i + 1, children: [text(item)] })),
    }
  })
  return { root: { ...element, type: 'root', children } }
}
