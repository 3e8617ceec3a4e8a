import { countryChoices } from '../../../../i18n/label'
import type { Locale } from '../../../../i18n/locales'
import type { MessageKey } from '../../../../i18n/messages/en'
import type { PageContext } from '../../../../web/context'
import { honeypotName } from '../../../../web/forms/bot-checks'
import { errorSummary } from '../../../../web/forms/error-summary'
import { messagesFor, type FieldError } from '../../../../web/forms/field-error'
import { formValue } from '../../../../web/forms/form-body'
import { checkbox, honeypotField, radioGroup, selectInput, textArea, textInput } from '../../../../web/forms/fields'
import { html, type SafeHtml } from '../../../../web/html'
import { langAttrs } from '../../../../web/in-language'
import { sectors, type AttendanceMode } from '../../vocabulary'
import type { SeatsOfMode } from '../seats-left'
import { registrationLimits } from '../validate-registration'
import type { ClosedReason } from '../registration-window'

export type RegisterFormData = {
  csrf: SafeHtml | undefined
  event: { slug: string; title: string; language: Locale; when: string; where: string }
  seats: readonly SeatsOfMode[]
  closed: ClosedReason | undefined
  retentionDays: number
  values: unknown
  errors: readonly FieldError[]
}

/** The registration form of one of our events, or why one cannot register now. */
export function registerFormView(ctx: PageContext, data: RegisterFormData): SafeHtml {
  const { t, locale } = ctx
  const v = (name: string) => formValue(data.values, name)
  const err = (name: string) => messagesFor(t, data.errors, name)
  const text = (name: string, key: MessageKey, max: number, extra: Partial<Parameters<typeof textInput>[0]> = {}) =>
    textInput({ t, name, label: t(key), value: v(name), maxlength: max, errors: err(name), ...extra })
  const modes: AttendanceMode[] = data.seats.map((s) => s.mode)
  const modeOptions = modes.map((m) => ({ value: m, label: t(`attendanceMode.${m}`) }))
  const sectorOptions = sectors.map((s) => ({ value: s, label: t(`sector.${s}`) }))
  const countries = [...countryChoices(t, locale), { value: 'other', label: t('country.other') }]
  const eventLink = html`<a href="/${locale}/events/${data.event.slug}"${langAttrs(ctx, data.event.language)}>${data.event.title}</a>`
  const facts = html`<ul class="event-facts">
  <li>${data.event.when}</li>
  <li>${data.event.where}</li>
  ${data.seats.map((s) => html`<li>${t('register.places', { mode: t(`attendanceMode.${s.mode}`), count: s.left })}</li>`)}
</ul>`
  const heading = html`<h1>${t('register.heading')}</h1>
<p class="lead">${eventLink}</p>`
  if (data.closed || !data.csrf) {
    return html`${heading}
${facts}
<p class="notice" role="status">${t(`register.closed.${data.closed ?? 'closed'}`)}</p>`
  }
  return html`${heading}
<p>${t('register.intro')}</p>
${facts}
${errorSummary(t, data.errors)}
<form class="submission-form" method="post" action="/${locale}/events/${data.event.slug}/register" novalidate>
  ${data.csrf}
  ${text('name', 'register.name', registrationLimits.name, { required: true, autocomplete: 'name' })}
  ${text('email', 'register.email', 254, { type: 'email', required: true, autocomplete: 'email', hint: t('register.emailHint') })}
  ${text('organisation', 'register.organisation', registrationLimits.organisation, { autocomplete: 'organization' })}
  ${selectInput({ t, name: 'country', label: t('register.country'), value: v('country'), options: countries, required: true, errors: err('country'), autocomplete: 'country' })}
  ${selectInput({ t, name: 'sector', label: t('register.sector'), value: v('sector'), options: sectorOptions, required: true, errors: err('sector') })}
  ${modes.length > 1 ? radioGroup({ t, name: 'mode', label: t('register.mode'), value: v('mode'), options: modeOptions, required: true, errors: err('mode') }) : ''}
  ${textArea({ t, name: 'needs', label: t('register.needs'), value: v('needs'), maxlength: registrationLimits.needs, rows: 3, hint: t('register.needsHint', { days: String(data.retentionDays) }), errors: err('needs') })}
  ${checkbox({ t, name: 'listConsent', label: t('register.listConsent'), checked: v('listConsent') !== '' })}
  ${checkbox({ t, name: 'newsletter', label: t('register.newsletter'), checked: v('newsletter') !== '' })}
  <p>${t('register.privacy', { days: String(data.retentionDays) })} <a href="/${locale}/privacy">${t('propose.privacyLink')}</a></p>
  ${honeypotField(t, err(honeypotName))}
  <p><button type="submit">${t('register.submit')}</button></p>
</form>`
}
