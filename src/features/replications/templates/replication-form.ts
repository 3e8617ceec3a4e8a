import { countryChoices } from '../../../i18n/label'
import type { MessageKey } from '../../../i18n/messages/en'
import type { PageContext } from '../../../web/context'
import { honeypotName } from '../../../web/forms/bot-checks'
import { errorSummary } from '../../../web/forms/error-summary'
import { messagesFor, type FieldError } from '../../../web/forms/field-error'
import { formValue } from '../../../web/forms/form-body'
import { honeypotField, selectInput, textArea, textInput } from '../../../web/forms/fields'
import { html, type SafeHtml } from '../../../web/html'
import { langAttrs } from '../../../web/in-language'
import type { Locale } from '../../../i18n/locales'
import { replicationLimits } from '../validate-replication'

export type ReplicationFormData = {
  csrf: SafeHtml
  practice: { slug: string; title: string; language: Locale }
  values: unknown
  errors: readonly FieldError[]
}

/** "We did this too": the replication report form for one published practice. */
export function replicationFormView(ctx: PageContext, data: ReplicationFormData): SafeHtml {
  const { t, locale } = ctx
  const v = (name: string) => formValue(data.values, name)
  const err = (name: string) => messagesFor(t, data.errors, name)
  const countries = countryChoices(t, locale)
  const text = (name: string, key: MessageKey, max: number, extra: Partial<Parameters<typeof textInput>[0]> = {}) =>
    textInput({ t, name, label: t(key), value: v(name), maxlength: max, errors: err(name), ...extra })
  const area = (name: string, key: MessageKey) =>
    textArea({ t, name, label: t(key), value: v(name), maxlength: replicationLimits.text, required: true, errors: err(name) })
  return html`<h1>${t('replicate.title')}</h1>
<p class="lead">${t('replicate.intro', { practice: data.practice.title })}</p>
<p><a href="/${locale}/practices/${data.practice.slug}"${langAttrs(ctx, data.practice.language)}>${data.practice.title}</a></p>
${errorSummary(t, data.errors)}
<form class="submission-form" method="post" action="/${locale}/practices/${data.practice.slug}/replicate" novalidate>
  ${data.csrf}
  ${text('municipality', 'replicate.municipality', replicationLimits.municipality, { required: true, autocomplete: 'address-level2' })}
  ${selectInput({ t, name: 'country', label: t('practice.country'), value: v('country'), options: countries, required: true, errors: err('country') })}
  ${text('startDate', 'propose.startDate', 10, { hint: t('propose.dateHint'), size: 'short', autocomplete: 'off', inputmode: 'numeric' })}
  ${area('changes', 'replicate.changes')}
  ${area('outcomes', 'replicate.outcomes')}
  <fieldset class="form-section">
    <legend><h2>${t('propose.sectionYou')}</h2></legend>
    ${text('name', 'propose.yourName', replicationLimits.name, { required: true, autocomplete: 'name' })}
    ${text('email', 'propose.yourEmail', 254, { type: 'email', required: true, autocomplete: 'email', hint: t('propose.yourEmailHint') })}
    <p>${t('propose.privacy')} <a href="/${locale}/privacy">${t('propose.privacyLink')}</a></p>
  </fieldset>
  ${honeypotField(t, err(honeypotName))}
  <p><button type="submit">${t('form.submit')}</button></p>
</form>`
}
