import { sortByLocale } from '../../../../i18n/format'
import { countryChoices, labelledOptions } from '../../../../i18n/label'
import type { PageContext } from '../../../../web/context'
import { honeypotName } from '../../../../web/forms/bot-checks'
import { errorSummary } from '../../../../web/forms/error-summary'
import { messagesFor, type FieldError } from '../../../../web/forms/field-error'
import { formValue, formValues } from '../../../../web/forms/form-body'
import { checkbox, checkboxGroup, fileInput, honeypotField, selectInput, textArea, textInput } from '../../../../web/forms/fields'
import { html, type SafeHtml } from '../../../../web/html'
import type { ThemeView } from '../../../themes/list-themes'
import { attachmentMaxBytes } from '../../../attachments/collection'
import { actorTypes, runStates, targetGroups } from '../../vocabulary'
import { proposalLimits } from '../validate-proposal'

export type ProposalFormData = {
  csrf: SafeHtml
  themes: readonly ThemeView[]
  /** What the reader sent, to show again after errors; empty for a fresh form. */
  values: unknown
  errors: readonly FieldError[]
}

/** The proposal form in the reader's language. Works without JavaScript; the server validates. */
export function proposalFormView(ctx: PageContext, data: ProposalFormData): SafeHtml {
  const { t, locale } = ctx
  const v = (name: string) => formValue(data.values, name)
  const err = (name: string) => messagesFor(t, data.errors, name)
  const base = { t }
  const vocabulary = (prefix: string, values: readonly string[]) => labelledOptions(t, prefix, values)
  const countries = countryChoices(t, locale)
  const themes = sortByLocale(locale, data.themes.map((th) => ({ value: th.slug, label: th.title })), (o) => o.label)
  const text = (name: string, key: Parameters<typeof t>[0], max: number, extra: Partial<Parameters<typeof textInput>[0]> = {}) =>
    textInput({ ...base, name, label: t(key), value: v(name), maxlength: max, errors: err(name), ...extra })
  const area = (name: string, key: Parameters<typeof t>[0], max: number, required = false, hint?: string) =>
    textArea({ ...base, name, label: t(key), value: v(name), maxlength: max, required, hint, errors: err(name) })
  return html`<h1>${t('propose.title')}</h1>
<p class="lead">${t('propose.intro')}</p>
${errorSummary(t, data.errors)}
<form class="submission-form" method="post" action="/${locale}/practices/propose" enctype="multipart/form-data" novalidate>
  ${data.csrf}
  <fieldset class="form-section">
    <legend><h2>${t('propose.sectionPractice')}</h2></legend>
    ${text('title', 'propose.titleField', proposalLimits.title, { required: true, hint: t('propose.titleHint'), autocomplete: 'off' })}
    ${area('summary', 'propose.summaryField', proposalLimits.summary, true, t('propose.summaryHint'))}
    ${text('organisation', 'propose.organisationField', proposalLimits.organisation, { autocomplete: 'organization' })}
    ${selectInput({ ...base, name: 'actorType', label: t('practice.actorType'), value: v('actorType'), options: vocabulary('actor', actorTypes), errors: err('actorType') })}
    ${text('startDate', 'propose.startDate', 10, { hint: t('propose.dateHint'), size: 'short', autocomplete: 'off', inputmode: 'numeric' })}
    ${selectInput({ ...base, name: 'runState', label: t('practice.status'), value: v('runState') || 'ongoing', options: vocabulary('runState', runStates), errors: err('runState') })}
  </fieldset>
  <fieldset class="form-section">
    <legend><h2>${t('propose.sectionPlace')}</h2></legend>
    ${selectInput({ ...base, name: 'country', label: t('practice.country'), value: v('country'), options: countries, required: true, errors: err('country') })}
    ${text('region', 'practice.region', proposalLimits.place)}
    ${text('municipality', 'practice.municipality', proposalLimits.place)}
    ${themes.length ? checkboxGroup({ ...base, name: 'themes', label: t('practice.themes'), values: formValues(data.values, 'themes'), options: themes, errors: err('themes') }) : ''}
    ${checkboxGroup({ ...base, name: 'targetGroups', label: t('practice.targetGroups'), values: formValues(data.values, 'targetGroups'), options: vocabulary('target', targetGroups), errors: err('targetGroups') })}
  </fieldset>
  <fieldset class="form-section">
    <legend><h2>${t('propose.sectionDescription')}</h2></legend>
    ${area('challenge', 'practice.challenge', proposalLimits.description)}
    ${area('howItWorks', 'practice.howItWorks', proposalLimits.description, true)}
    ${area('results', 'practice.results', proposalLimits.description)}
    ${area('transferability', 'practice.transferability', proposalLimits.description)}
    ${text('link', 'propose.linkField', 500, { type: 'url', autocomplete: 'url' })}
    ${fileInput({
      ...base,
      name: 'attachments',
      label: t('propose.attachments'),
      hint: t('propose.attachmentsHint', { max: proposalLimits.files, size: Math.round(attachmentMaxBytes / (1024 * 1024)) }),
      accept: '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp',
      multiple: true,
      errors: err('attachments'),
    })}
  </fieldset>
  <fieldset class="form-section">
    <legend><h2>${t('propose.sectionContact')}</h2></legend>
    ${text('contactName', 'propose.contactName', proposalLimits.name, { autocomplete: 'section-contact name' })}
    ${text('contactRole', 'propose.contactRole', proposalLimits.name, { autocomplete: 'section-contact organization-title' })}
    ${text('contactEmail', 'propose.contactEmail', 254, { type: 'email', autocomplete: 'section-contact email' })}
    ${text('contactPhone', 'propose.contactPhone', proposalLimits.phone, { type: 'tel', autocomplete: 'section-contact tel', size: 'short' })}
    ${checkbox({ ...base, name: 'contactConsent', label: t('propose.contactConsent'), checked: v('contactConsent') !== '', errors: err('contactConsent') })}
  </fieldset>
  <fieldset class="form-section">
    <legend><h2>${t('propose.sectionYou')}</h2></legend>
    ${text('name', 'propose.yourName', proposalLimits.name, { required: true, autocomplete: 'name' })}
    ${text('email', 'propose.yourEmail', 254, { type: 'email', required: true, autocomplete: 'email', hint: t('propose.yourEmailHint') })}
    <p>${t('propose.privacy')} <a href="/${locale}/privacy">${t('propose.privacyLink')}</a></p>
  </fieldset>
  ${honeypotField(t, err(honeypotName))}
  <p><button type="submit">${t('form.submit')}</button></p>
</form>`
}
