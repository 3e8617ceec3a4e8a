import { formatDate } from '../../../../i18n/format'
import type { Locale } from '../../../../i18n/locales'
import type { MessageKey } from '../../../../i18n/messages/en'
import type { PageContext } from '../../../../web/context'
import { honeypotName } from '../../../../web/forms/bot-checks'
import { errorSummary } from '../../../../web/forms/error-summary'
import { messagesFor, type FieldError } from '../../../../web/forms/field-error'
import { formValue } from '../../../../web/forms/form-body'
import { honeypotField, textArea, textInput } from '../../../../web/forms/fields'
import { html, type SafeHtml } from '../../../../web/html'
import { inLanguage, langAttrs } from '../../../../web/in-language'
import { proposalLimits } from '../../../practices/submit/validate-proposal'
import { replicationLimits } from '../../../replications/validate-replication'
import type { Submission } from '../find-submission-by-token'

export type StatusPageData = {
  submission: Submission
  token: string
  /** Just sent back for review. */
  updated: boolean
  /** The update form's CSRF field, present only while changes are requested. */
  csrf?: SafeHtml
  /** What the submitter sent, after errors; otherwise the stored texts are shown. */
  values?: unknown
  errors: readonly FieldError[]
}

function updateForm(ctx: PageContext, data: StatusPageData, csrf: SafeHtml): SafeHtml {
  const { t, locale } = ctx
  const s = data.submission
  const stored = s.text as Record<string, string>
  const v = (name: string) => (data.values ? formValue(data.values, name) : (stored[name] ?? ''))
  const err = (name: string) => messagesFor(t, data.errors, name)
  const lang = s.language === locale ? undefined : s.language
  const area = (name: string, key: MessageKey, max: number, required = false) =>
    textArea({ t, name, label: t(key), value: v(name), maxlength: max, required, lang, errors: err(name) })
  const fields =
    s.kind === 'practice'
      ? html`${textInput({ t, name: 'title', label: t('propose.titleField'), value: v('title'), maxlength: proposalLimits.title, required: true, lang, autocomplete: 'off', errors: err('title') })}
    ${area('summary', 'propose.summaryField', proposalLimits.summary, true)}
    ${area('challenge', 'practice.challenge', proposalLimits.description)}
    ${area('howItWorks', 'practice.howItWorks', proposalLimits.description, true)}
    ${area('results', 'practice.results', proposalLimits.description)}
    ${area('transferability', 'practice.transferability', proposalLimits.description)}`
      : html`${area('changes', 'replicate.changes', replicationLimits.text, true)}
    ${area('outcomes', 'replicate.outcomes', replicationLimits.text, true)}`
  return html`<section class="update" aria-labelledby="update">
  <h2 id="update">${t('submission.update')}</h2>
  <p>${t('submission.updateIntro')}</p>
  <form class="submission-form" method="post" action="/${locale}/submissions/${data.token}" novalidate>
    ${csrf}
    ${fields}
    ${honeypotField(t, err(honeypotName))}
    <p><button type="submit">${t('submission.resend')}</button></p>
  </form>
</section>`
}

/** The submitter's private status page: reference, state, history with the editors' notes. */
export function statusPageView(ctx: PageContext, data: StatusPageData): SafeHtml {
  const { t, locale } = ctx
  const s = data.submission
  // The submitted texts and the editors' notes to the submitter are in the submission's language.
  const langAttr = (language: Locale) => langAttrs(ctx, language)
  const latestNote = s.status === 'changes-requested' ? [...s.history].reverse().find((h) => h.state === 'changes-requested')?.note : undefined
  const publicPath =
    s.status === 'published'
      ? s.kind === 'practice'
        ? `/${locale}/practices/${s.slug}`
        : s.practice.slug
          ? `/${locale}/practices/${s.practice.slug}`
          : undefined
      : undefined
  return html`<h1>${t('submission.title')}</h1>
${errorSummary(t, data.errors)}
${data.updated ? html`<p class="notice" role="status">${t('submission.updated')}</p>` : ''}
<dl class="submission-facts">
  <dt>${t('submission.reference')}</dt><dd>${s.reference}</dd>
  ${s.kind === 'practice'
    ? html`<dt>${t('propose.titleField')}</dt><dd${langAttr(s.language)}>${s.title}</dd>`
    : html`<dt>${t('replicate.title')}</dt><dd><span${langAttr(s.practice.language)}>${s.practice.title}</span> – <span${langAttr(s.language)}>${s.municipality}</span></dd>`}
  <dt>${t('submission.status')}</dt><dd><strong>${t(`workflow.${s.status}` as MessageKey)}</strong></dd>
</dl>
${publicPath ? html`<p><a href="${publicPath}">${t('submission.published')}</a></p>` : ''}
${latestNote ? html`<section class="editor-note" aria-labelledby="editor-note"><h2 id="editor-note">${t('submission.editorNote')}</h2>${inLanguage(ctx, s.language, latestNote, { tag: 'p' })}</section>` : ''}
<section aria-labelledby="history">
  <h2 id="history">${t('submission.history')}</h2>
  <ol class="history">${s.history.map(
    (h) => html`<li><time datetime="${h.at}">${formatDate(locale, h.at)}</time>: ${t(`workflow.${h.state}` as MessageKey)}${h.note
      ? html`<br><span class="history-note">${t('submission.editorNote')}: ${inLanguage(ctx, s.language, h.note)}</span>`
      : ''}</li>`,
  )}</ol>
</section>
${s.status === 'changes-requested' && data.csrf ? updateForm(ctx, data, data.csrf) : ''}`
}
