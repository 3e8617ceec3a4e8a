import type { Locale } from '../../../i18n/locales'
import { hasText, inLocale, pickLanguage, type AllLocales } from '../../../i18n/pick-language'
import { translate } from '../../../i18n/translate'
import type { NewsletterIssue } from '../../../payload-types'
import { lexicalToHtml } from '../../../rich-text/lexical-to-html'
import { escapeHtml } from '../../../web/html'
import { preferencesPath, unsubscribePath } from '../links'
import { absoluteUrl, lexicalToMailText } from './lexical-to-mail-text'

/** An issue read with locale "all": its texts keyed by language. */
export type IssueAllLocales = Omit<NewsletterIssue, 'title' | 'preheader' | 'body'> & {
  title?: AllLocales<string> | null
  preheader?: AllLocales<string> | null
  body?: AllLocales<unknown> | null
}

export type ComposedNewsletter = {
  subject: string
  html: string
  text: string
  /** The reader's language (the mail's frame: footer, notices). */
  locale: Locale
  /** The language the issue is shown in: the reader's, or the nearest along their fallback chain. */
  language: Locale
}

export type ComposeOptions = {
  publicUrl: string
  /** The subscriber's personal token: the footer's links are theirs. Without one (test, preview) they go to the newsletter page. */
  token?: string
  /** A test copy: said so in the subject and above the content. */
  test?: boolean
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/**
 * One issue as a mail to a reader of `locale`: the issue in their language or the nearest along
 * the site's fallback chain (never a mix), as HTML and plain text. The HTML is one narrow column
 * with a few inline styles (what common clients keep), no images, no tracking, only the site's own
 * and the editors' links, and a footer with the personal preference and unsubscribe links.
 */
export function composeNewsletterMail(issue: IssueAllLocales, locale: Locale, options: ComposeOptions): ComposedNewsletter {
  const language = pickLanguage(locale, (l) => hasText(issue.title, l)) ?? locale
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) => translate(locale, key, values)
  const title = str(inLocale(issue.title, language))
  const preheader = str(inLocale(issue.preheader, language))
  const body = inLocale(issue.body, language)
  const subject = options.test ? t('newsletter.mail.testSubject', { title }) : title
  const { publicUrl, token } = options
  const preferences = token ? `${publicUrl}${preferencesPath(locale, token)}` : `${publicUrl}/${locale}/newsletter`
  const unsubscribe = token ? `${publicUrl}${unsubscribePath(locale, token)}` : undefined
  const brand = t('site.name')
  const notices = [
    ...(options.test ? [t('newsletter.mail.testNote')] : []),
    ...(language !== locale ? [t('fallback.notice', { requested: t(`language.in.${locale}`), shown: t(`language.in.${language}`) })] : []),
  ]

  // Links in the body: site paths made absolute (a mail has no base address), everything else as written.
  const bodyHtml = lexicalToHtml(body).replace(/ href="(\/[^"]*)"/g, (_m, p: string) => ` href="${escapeHtml(absoluteUrl(p, publicUrl))}"`)
  const a = (href: string, label: string) => `<a href="${escapeHtml(href)}" style="color:#0b5394;">${escapeHtml(label)}</a>`
  const footerLinks = [a(preferences, unsubscribe ? t('newsletter.mail.preferences') : t('newsletter.mail.signup')), ...(unsubscribe ? [a(unsubscribe, t('newsletter.mail.unsubscribe'))] : [])]
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#ffffff;">',
    // The preheader: the first line a client shows after the subject, not shown in the mail itself.
    preheader ? `<div style="display:none;max-height:0;overflow:hidden;">${escapeHtml(preheader)}</div>` : '',
    '<div style="max-width:600px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;">',
    `<p style="margin:0 0 16px;font-size:14px;color:#555555;">${escapeHtml(brand)}</p>`,
    ...notices.map((n) => `<p style="margin:0 0 16px;padding:8px;border:1px solid #cccccc;font-size:14px;">${escapeHtml(n)}</p>`),
    `<div${language !== locale ? ` lang="${language}"` : ''}>`,
    `<h1 style="font-size:24px;line-height:1.3;margin:0 0 16px;">${escapeHtml(title)}</h1>`,
    bodyHtml,
    '</div>',
    '<div style="margin-top:32px;padding-top:16px;border-top:1px solid #cccccc;font-size:14px;color:#555555;">',
    `<p>${escapeHtml(t(unsubscribe ? 'newsletter.mail.why' : 'newsletter.mail.listName'))}</p>`,
    `<p>${footerLinks.join(' · ')}</p>`,
    '</div></div></body></html>',
  ].join('\n')

  const bodyText = lexicalToMailText(body, publicUrl)
  const footerText = [
    unsubscribe ? t('newsletter.mail.why') : t('newsletter.mail.listName'),
    `${unsubscribe ? t('newsletter.mail.preferences') : t('newsletter.mail.signup')}: ${preferences}`,
    ...(unsubscribe ? [`${t('newsletter.mail.unsubscribe')}: ${unsubscribe}`] : []),
  ].join('\n')
  const text = [...notices, title, bodyText, `-- \n${brand}\n${footerText}`].filter((p) => p !== '').join('\n\n') + '\n'
  return { subject, html, text, locale, language }
}
