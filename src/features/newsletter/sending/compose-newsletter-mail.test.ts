import { describe, expect, it } from 'vitest'
import { composeNewsletterMail, type IssueAllLocales } from './compose-newsletter-mail'

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] })
const body = (words: string, paragraphs: number) => ({
  root: { type: 'root', version: 1, children: Array.from({ length: paragraphs }, (_, i) => paragraph(`${words} ${i} `.repeat(20))) },
})
const issue = (paragraphs = 3) =>
  ({ id: 1, slug: 'x', updatedAt: '', createdAt: '', title: { sv: 'Nyheter', en: 'News' }, preheader: { sv: 'Kort' }, body: { sv: body('Svenska', paragraphs), en: body('English', paragraphs) } }) as unknown as IssueAllLocales

describe('composeNewsletterMail', () => {
  it('shows the reader language, or the nearest along the fallback chain, said so in the reader language', () => {
    const nb = composeNewsletterMail(issue(), 'nb', { publicUrl: 'https://x.example', token: 'tok' })
    expect(nb.language).toBe('sv')
    expect(nb.html).toContain('<html lang="nb">')
    expect(nb.html).toContain('<div lang="sv">')
    expect(nb.text).toContain('Dette innholdet finnes ikke på norsk')
    expect(nb.html).toContain('https://x.example/nb/newsletter/unsubscribe/tok')
    expect(nb.html).toContain('https://x.example/nb/newsletter/preferences/tok')
    const en = composeNewsletterMail(issue(), 'en', { publicUrl: 'https://x.example', token: 'tok' })
    expect(en.language).toBe('en')
    expect(en.html).not.toContain('lang="sv"')
  })

  it('marks a test copy and leaves personal links out of it', () => {
    const mail = composeNewsletterMail(issue(), 'sv', { publicUrl: 'https://x.example', test: true })
    expect(mail.subject).toBe('[Test] Nyheter')
    expect(mail.html).not.toContain('/newsletter/unsubscribe/')
    expect(mail.html).toContain('https://x.example/sv/newsletter')
  })

  it('stays well under the 100 KB Gmail clips at, for a long issue', () => {
    const mail = composeNewsletterMail(issue(60), 'sv', { publicUrl: 'https://x.example', token: 'tok' })
    expect(Buffer.byteLength(mail.html) + Buffer.byteLength(mail.text)).toBeLessThan(100 * 1024)
    expect(mail.html).not.toMatch(/<img|<table/i)
  })
})
