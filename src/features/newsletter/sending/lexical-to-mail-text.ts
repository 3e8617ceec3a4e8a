import { safeUrl, type LexicalNode } from '../../../rich-text/lexical-to-html'

/** An absolute address for a link in a mail: site paths get the site's origin, other links stay. */
export function absoluteUrl(url: string, publicUrl: string): string {
  return url.startsWith('/') ? `${publicUrl}${url}` : url
}

function inline(node: LexicalNode, publicUrl: string): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  const inner = (node.children ?? []).map((c) => inline(c, publicUrl)).join('')
  if (node.type === 'link' || node.type === 'autolink') {
    const url = safeUrl(node.fields?.url ?? node.url)
    if (!url || url.startsWith('#')) return inner
    const full = absoluteUrl(url, publicUrl)
    return inner.trim() === full ? full : `${inner} (${full})`
  }
  return inner
}

function block(node: LexicalNode, publicUrl: string, depth: number): string[] {
  switch (node.type) {
    case 'heading': {
      const title = inline(node, publicUrl).trim()
      return title ? [`${title}\n${'-'.repeat(Math.min(title.length, 60))}`] : []
    }
    case 'list': {
      const numbered = node.listType === 'number'
      const items = (node.children ?? []).map((item, i) => {
        const nested = (item.children ?? []).filter((c) => c.type === 'list').flatMap((c) => block(c, publicUrl, depth + 1))
        const own = inline({ ...item, children: (item.children ?? []).filter((c) => c.type !== 'list') }, publicUrl).trim()
        const line = own ? `${'  '.repeat(depth)}${numbered ? `${i + 1}.` : '-'} ${own}` : ''
        return [line, ...nested].filter(Boolean).join('\n')
      })
      return [items.filter(Boolean).join('\n')]
    }
    case 'quote':
      return [inline(node, publicUrl).trim().split('\n').map((l) => `> ${l}`).join('\n')]
    case 'horizontalrule':
      return ['* * *']
    case 'root':
      return (node.children ?? []).flatMap((c) => block(c, publicUrl, depth))
    default: {
      const text = inline(node, publicUrl).trim()
      return text ? [text] : []
    }
  }
}

/**
 * The plain-text part of a mail from Payload rich text: paragraphs split by blank lines, headings
 * underlined, list items marked, links written out after their text (mail clients show no markup).
 */
export function lexicalToMailText(value: unknown, publicUrl: string): string {
  const root = value && typeof value === 'object' ? (value as { root?: LexicalNode }).root : undefined
  return root ? block(root, publicUrl, 0).filter((b) => b.trim() !== '').join('\n\n') : ''
}
