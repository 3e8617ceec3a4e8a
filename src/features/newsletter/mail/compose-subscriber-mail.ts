import type { Locale } from '../../../i18n/locales'
import { translate } from '../../../i18n/translate'
import { escapeHtml } from '../../../web/html'

export const subscriberNotices = ['confirm', 'already'] as const
export type SubscriberNotice = (typeof subscriberNotices)[number]

export type SubscriberMail = { subject: string; text: string; html: string }

/**
 * A subscription mail (the double opt-in link, or "you already get it" with the preference link)
 * in the subscriber's language: plain text, and HTML saying the same with the link clickable.
 */
export function composeSubscriberMail(notice: SubscriberNotice, locale: Locale, link: string): SubscriberMail {
  const subject = translate(locale, `mail.newsletter.${notice}.subject`)
  const body = translate(locale, `mail.newsletter.${notice}.body`, { link })
  const brand = translate(locale, 'site.name')
  const text = `${body}\n\n— ${brand}\n`
  const paragraphs = [...body.split('\n\n'), `— ${brand}`]
  const linkify = (s: string) => escapeHtml(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${paragraphs
    .map((p) => `<p>${linkify(p).replace(/\n/g, '<br>')}</p>`)
    .join('')}</body></html>`
  return { subject, text, html }
}
