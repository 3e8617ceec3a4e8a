import type { Locale } from '../../../i18n/locales'
import { composeNewsletterMail, type IssueAllLocales } from './compose-newsletter-mail'

/**
 * The HTML part of an issue as a reader of `locale` would get it, for the editors' preview in the
 * browser. The footer's links are not personal (they go to the newsletter page).
 */
export function newsletterPreviewHtml(issue: IssueAllLocales, locale: Locale, publicUrl: string): string {
  return composeNewsletterMail(issue, locale, { publicUrl }).html
}
