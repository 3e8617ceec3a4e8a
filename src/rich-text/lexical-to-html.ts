import { escapeHtml } from '../web/html'

/** A Lexical node as stored by Payload; only the parts the serializer reads are typed. */
export type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: string
  fields?: { url?: unknown; newTab?: unknown }
  url?: unknown
}

const textFormats: [bit: number, tag: string][] = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
]

/** Only web and mail links, or site-relative paths; anything else (javascript:, data:) is dropped. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const url = value.trim()
  if (/^(https?:|mailto:)/i.test(url)) return url
  if (/^\/(?!\/)/.test(url) || url.startsWith('#')) return url
  return undefined
}

function renderText(node: LexicalNode): string {
  let out = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of textFormats) if (format & bit) out = `<${tag}>${out}</${tag}>`
  return out
}

function renderChildren(node: LexicalNode): string {
  return (node.children ?? []).map(renderNode).join('')
}

function renderNode(node: LexicalNode): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'paragraph': {
      const inner = renderChildren(node)
      return inner ? `<p>${inner}</p>` : ''
    }
    case 'heading': {
      // The page title is the only h1; body headings start at h2.
      const level = Math.min(6, Math.max(2, Number(String(node.tag ?? 'h2').replace('h', '')) || 2))
      return `<h${level}>${renderChildren(node)}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${renderChildren(node)}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${renderChildren(node)}</${tag}>`
    }
    case 'listitem':
      return `<li>${renderChildren(node)}</li>`
    case 'horizontalrule':
      return '<hr>'
    case 'link':
    case 'autolink': {
      const url = safeUrl(node.fields?.url ?? node.url)
      const inner = renderChildren(node)
      if (!url) return inner
      const external = /^https?:/i.test(url)
      return `<a href="${escapeHtml(url)}"${external ? ' rel="noopener noreferrer"' : ''}>${inner}</a>`
    }
    case 'root':
      return renderChildren(node)
    default:
      // Unknown nodes (embeds, blocks) show their text content only: nothing unvetted reaches the page.
      return renderChildren(node)
  }
}

/** Serializes Payload rich text to HTML. Every string is escaped; only a fixed set of tags is produced. */
export function lexicalToHtml(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const root = (value as { root?: LexicalNode }).root
  return root ? renderNode(root) : ''
}

/** The plain text of rich text, e.g. for feed summaries and descriptions. */
export function lexicalToText(value: unknown): string {
  const parts: string[] = []
  const walk = (n: LexicalNode) => {
    if (n.type === 'text' && n.text) parts.push(n.text)
    n.children?.forEach(walk)
    if (n.type === 'paragraph' || n.type === 'heading') parts.push(' ')
  }
  const root = value && typeof value === 'object' ? (value as { root?: LexicalNode }).root : undefined
  if (root) walk(root)
  return parts.join('').replace(/\s+/g, ' ').trim()
}
