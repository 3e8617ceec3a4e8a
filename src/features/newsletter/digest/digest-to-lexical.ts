import type { Locale } from '../../../i18n/locales'

export type DigestLink = { title: string; url: string; note: string; language: Locale }
export type DigestSection = { heading: string; links: DigestLink[] }

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }
const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (t: string) => ({ ...element, type: 'paragraph', textFormat: 0, children: [text(t)] })
const link = (l: DigestLink) => ({ ...element, type: 'link', version: 3, fields: { url: l.url, newTab: false, linkType: 'custom' }, children: [text(l.title)] })

/**
 * A digest as the Lexical JSON an editor then edits in the admin: an intro, one h2 section per kind
 * with a bullet list of links (each with a short note), and a closing line. Empty sections are left out.
 */
export function digestToLexical(intro: string, sections: readonly DigestSection[], outro: string) {
  const children: Record<string, unknown>[] = [paragraph(intro)]
  for (const s of sections) {
    if (!s.links.length) continue
    children.push({ ...element, type: 'heading', tag: 'h2', children: [text(s.heading)] })
    children.push({
      ...element,
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      children: s.links.map((l, i) => ({ ...element, type: 'listitem', value: i + 1, children: l.note ? [link(l), text(` – ${l.note}`)] : [link(l)] })),
    })
  }
  children.push(paragraph(outro))
  return { root: { ...element, type: 'root', children } }
}
