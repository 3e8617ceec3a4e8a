import type { PageContext } from '../../../../web/context'
import { errorSummary } from '../../../../web/forms/error-summary'
import { messagesFor, type FieldError } from '../../../../web/forms/field-error'
import { checkbox } from '../../../../web/forms/fields'
import { html, type SafeHtml } from '../../../../web/html'
import type { SubscriberStatus } from '../../vocabulary'
import { subscriptionFields, type ThemeChoice } from './subscription-fields'

export const preferenceNotices = ['confirmed', 'saved', 'paused', 'resumed'] as const
export type PreferenceNotice = (typeof preferenceNotices)[number]

export type PreferencesPageData = {
  csrf: SafeHtml
  token: string
  email: string
  status: SubscriberStatus
  language: string
  themes: readonly string[]
  themeChoices: readonly ThemeChoice[]
  errors: readonly FieldError[]
  done?: PreferenceNotice
}

/**
 * The subscriber's own page (the link in every mail): language and themes, pause or resume,
 * unsubscribe, download or erase their data. Each action is its own small form.
 */
export function preferencesPageView(ctx: PageContext, data: PreferencesPageData): SafeHtml {
  const { t, locale } = ctx
  const base = `/${locale}/newsletter/preferences/${data.token}`
  const live = data.status === 'confirmed' || data.status === 'paused'
  return html`<h1>${t('newsletter.prefsTitle')}</h1>
${data.done ? html`<p class="notice" role="status">${t(`newsletter.done.${data.done}`)}</p>` : ''}
<p>${t('newsletter.prefsFor', { email: data.email, status: t(`subscriberStatus.${data.status}`) })}</p>
${live
  ? html`${errorSummary(t, data.errors)}
<form class="submission-form" method="post" action="${base}" novalidate>
  ${data.csrf}
  ${subscriptionFields(ctx, data)}
  <p><button type="submit">${t('newsletter.prefsSave')}</button></p>
</form>
<h2>${t('newsletter.pauseHeading')}</h2>
<p>${t('newsletter.pauseText')}</p>
<form method="post" action="${base}/${data.status === 'paused' ? 'resume' : 'pause'}">
  ${data.csrf}
  <p><button type="submit">${t(data.status === 'paused' ? 'newsletter.resume' : 'newsletter.pause')}</button></p>
</form>
<h2>${t('newsletter.unsubscribeHeading')}</h2>
<form method="post" action="/${locale}/newsletter/unsubscribe/${data.token}">
  <p><button type="submit">${t('newsletter.unsubscribeButton')}</button></p>
</form>`
  : html`<p><a href="/${locale}/newsletter">${t('newsletter.resubscribe')}</a></p>`}
<h2>${t('newsletter.dataHeading')}</h2>
<p>${t('newsletter.dataText')}</p>
<p><a href="${base}/data.json" download="newsletter-subscription.json">${t('newsletter.download')}</a></p>
<form method="post" action="${base}/erase" novalidate>
  ${data.csrf}
  ${checkbox({ t, name: 'confirmErase', label: t('newsletter.eraseConfirm'), checked: false, errors: messagesFor(t, data.errors, 'confirmErase') })}
  <p><button type="submit">${t('newsletter.eraseButton')}</button></p>
</form>`
}
