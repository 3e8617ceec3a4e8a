import type { PageContext } from '../../../../web/context'
import { honeypotName } from '../../../../web/forms/bot-checks'
import { errorSummary } from '../../../../web/forms/error-summary'
import { messagesFor, type FieldError } from '../../../../web/forms/field-error'
import { honeypotField, textInput } from '../../../../web/forms/fields'
import { html, type SafeHtml } from '../../../../web/html'
import { subscriptionFields, type ThemeChoice } from './subscription-fields'

export type SubscribePageData = {
  csrf: SafeHtml
  email: string
  language: string
  themes: readonly string[]
  themeChoices: readonly ThemeChoice[]
  errors: readonly FieldError[]
  /** Arrived from the footer's short form: say what is left to do. */
  continued: boolean
}

/** The newsletter page: what it is, the sign-up form with its consent text, and the archive link. */
export function subscribePageView(ctx: PageContext, data: SubscribePageData): SafeHtml {
  const { t, locale } = ctx
  return html`<h1>${t('newsletter.title')}</h1>
<p class="lead">${t('newsletter.description')}</p>
${data.continued && !data.errors.length ? html`<p class="notice" role="status">${t('newsletter.continue')}</p>` : ''}
${errorSummary(t, data.errors)}
<form class="submission-form" method="post" action="/${locale}/newsletter" novalidate>
  ${data.csrf}${data.continued ? html`<input type="hidden" name="from" value="footer">` : ''}
  ${textInput({ t, name: 'email', label: t('newsletter.email'), type: 'email', value: data.email, required: true, autocomplete: 'email', maxlength: 254, hint: t('newsletter.emailHint'), errors: messagesFor(t, data.errors, 'email') })}
  ${subscriptionFields(ctx, data)}
  <p>${t('newsletter.consent')}</p>
  <p>${t('newsletter.privacy')} <a href="/${locale}/privacy">${t('propose.privacyLink')}</a></p>
  ${honeypotField(t, messagesFor(t, data.errors, honeypotName))}
  <p><button type="submit">${t('newsletter.submit')}</button></p>
</form>
<p><a href="/${locale}/newsletter/archive">${t('newsletter.archiveLink')}</a></p>`
}

/** After signing up: the same page whatever happened (new, pending, already subscribed). */
export function subscribeSentView(ctx: PageContext): SafeHtml {
  return html`<h1>${ctx.t('newsletter.sentTitle')}</h1>
<p>${ctx.t('newsletter.sent')}</p>
<p><a href="/${ctx.locale}/newsletter/archive">${ctx.t('newsletter.archiveLink')}</a></p>`
}
