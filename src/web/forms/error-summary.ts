import type { Translator } from '../../i18n/translate'
import { html, type SafeHtml } from '../html'
import { errorMessage, type FieldError } from './field-error'
import { fieldId } from './fields'

/**
 * The list of a form's problems at the top of the page, each linking to its field. It takes
 * focus when the page loads (autofocus, no script needed) and is announced as an alert.
 */
export function errorSummary(t: Translator, errors: readonly FieldError[]): SafeHtml {
  if (errors.length === 0) return html``
  return html`<div class="error-summary" id="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
  <h2 id="error-summary-title">${t('form.errorSummary', { count: errors.length })}</h2>
  <ul>${errors.map((e) => html`<li>${e.field ? html`<a href="#${fieldId(e.field)}">${errorMessage(t, e)}</a>` : errorMessage(t, e)}</li>`)}</ul>
</div>`
}
