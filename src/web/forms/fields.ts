import type { Translator } from '../../i18n/translate'
import { html, type SafeHtml } from '../html'
import { honeypotName } from './bot-checks'

/**
 * Form field partials. Each renders its label (with "required" in words when it is), an optional
 * hint, the field's error messages right above the control, and wires them up with
 * aria-describedby and aria-invalid. Ids are "f-<name>", the targets of the error summary's links.
 */
export type FieldBase = {
  t: Translator
  name: string
  label: string
  required?: boolean
  hint?: string
  /** Translated error messages of this field (see messagesFor). */
  errors?: readonly string[]
  /** Language of the value when it differs from the page (editing a text written in another language). */
  lang?: string
}

/** `lang`: the label's language when it is not the page's (languages named in themselves). */
export type Option = { value: string; label: string; lang?: string }

export const fieldId = (name: string) => `f-${name}`

function labelText(f: FieldBase): SafeHtml {
  return html`${f.label}${f.required ? html` <span class="required">(${f.t('form.required')})</span>` : ''}`
}

/** Hint and errors of a field, and the attributes that point to them. */
function described(f: FieldBase, id: string): { notes: SafeHtml; attrs: SafeHtml } {
  const errors = f.errors ?? []
  const ids = [f.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ')
  const notes = html`${f.hint ? html`<p class="hint" id="${id}-hint">${f.hint}</p>` : ''}${errors.length
    ? html`<p class="field-error" id="${id}-error">${errors.map((m, i) => html`${i ? html`<br>` : ''}${m}`)}</p>`
    : ''}`
  const attrs = html`${ids ? html` aria-describedby="${ids}"` : ''}${errors.length ? html` aria-invalid="true"` : ''}${f.required ? html` required` : ''}`
  return { notes, attrs }
}

const wrapClass = (f: FieldBase) => (f.errors?.length ? 'field has-error' : 'field')
const langOf = (f: FieldBase) => (f.lang ? html` lang="${f.lang}"` : '')

export function textInput(
  f: FieldBase & { value: string; type?: 'text' | 'email' | 'tel' | 'url'; autocomplete?: string; maxlength?: number; inputmode?: string; size?: 'short' | 'long' },
): SafeHtml {
  const id = fieldId(f.name)
  const { notes, attrs } = described(f, id)
  return html`<div class="${wrapClass(f)}">
  <label for="${id}">${labelText(f)}</label>${notes}
  <input class="${f.size === 'short' ? 'input-short' : 'input-long'}" type="${f.type ?? 'text'}" id="${id}" name="${f.name}" value="${f.value}"${f.maxlength ? html` maxlength="${f.maxlength}"` : ''}${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${f.inputmode ? html` inputmode="${f.inputmode}"` : ''}${f.type === 'email' || f.type === 'url' || f.type === 'tel' ? html` spellcheck="false"` : ''}${langOf(f)}${attrs}>
</div>`
}

export function textArea(f: FieldBase & { value: string; rows?: number; maxlength?: number }): SafeHtml {
  const id = fieldId(f.name)
  const { notes, attrs } = described(f, id)
  return html`<div class="${wrapClass(f)}">
  <label for="${id}">${labelText(f)}</label>${notes}
  <textarea id="${id}" name="${f.name}" rows="${f.rows ?? 6}"${f.maxlength ? html` maxlength="${f.maxlength}"` : ''}${langOf(f)}${attrs}>${f.value}</textarea>
</div>`
}

/** A select; `placeholder` is the empty first option ("–"), shown when nothing is chosen. */
export function selectInput(f: FieldBase & { value: string; options: readonly Option[]; autocomplete?: string }): SafeHtml {
  const id = fieldId(f.name)
  const { notes, attrs } = described(f, id)
  return html`<div class="${wrapClass(f)}">
  <label for="${id}">${labelText(f)}</label>${notes}
  <select id="${id}" name="${f.name}"${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${attrs}>
    <option value="">–</option>
    ${f.options.map((o) => html`<option value="${o.value}"${o.value === f.value ? html` selected` : ''}>${o.label}</option>`)}
  </select>
</div>`
}

/**
 * Checkboxes or radio buttons in a fieldset, with the group's legend, hint and errors; the first
 * input carries the field id, the others "-2", "-3"…
 */
function choiceGroup(f: FieldBase & { options: readonly Option[] }, type: 'checkbox' | 'radio', isChecked: (value: string) => boolean): SafeHtml {
  const id = fieldId(f.name)
  const errors = f.errors ?? []
  const ids = [f.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ')
  // A radio group can be required as a whole; a checkbox would require that very box.
  const required = type === 'radio' && f.required
  return html`<fieldset class="${wrapClass(f)} choices"${ids ? html` aria-describedby="${ids}"` : ''}>
  <legend>${labelText(f)}</legend>${f.hint ? html`<p class="hint" id="${id}-hint">${f.hint}</p>` : ''}${errors.length ? html`<p class="field-error" id="${id}-error">${errors.map((m, i) => html`${i ? html`<br>` : ''}${m}`)}</p>` : ''}
  ${f.options.map((o, i) => {
    const boxId = i === 0 ? id : `${id}-${i + 1}`
    return html`<div class="choice"><input type="${type}" id="${boxId}" name="${f.name}" value="${o.value}"${isChecked(o.value) ? html` checked` : ''}${required ? html` required` : ''}${errors.length ? html` aria-invalid="true"` : ''}><label for="${boxId}"${o.lang ? html` lang="${o.lang}"` : ''}>${o.label}</label></div>`
  })}
</fieldset>`
}

/** A group of checkboxes: any number of the options. */
export function checkboxGroup(f: FieldBase & { values: readonly string[]; options: readonly Option[] }): SafeHtml {
  return choiceGroup(f, 'checkbox', (value) => f.values.includes(value))
}

/** One choice out of a few, as radio buttons. */
export function radioGroup(f: FieldBase & { value: string; options: readonly Option[] }): SafeHtml {
  return choiceGroup(f, 'radio', (value) => value === f.value)
}

/** One checkbox (a consent). */
export function checkbox(f: FieldBase & { checked: boolean }): SafeHtml {
  const id = fieldId(f.name)
  const { notes, attrs } = described(f, id)
  return html`<div class="${wrapClass(f)}">${notes}
  <div class="choice"><input type="checkbox" id="${id}" name="${f.name}" value="yes"${f.checked ? html` checked` : ''}${attrs}><label for="${id}">${labelText(f)}</label></div>
</div>`
}

/** A file input for several files; `accept` only guides the browser, the server checks the bytes. */
export function fileInput(f: FieldBase & { accept: string; multiple?: boolean }): SafeHtml {
  const id = fieldId(f.name)
  const { notes, attrs } = described(f, id)
  return html`<div class="${wrapClass(f)}">
  <label for="${id}">${labelText(f)}</label>${notes}
  <input type="file" id="${id}" name="${f.name}" accept="${f.accept}"${f.multiple ? html` multiple` : ''}${attrs}>
</div>`
}

/**
 * The honeypot: moved off-screen by CSS, out of the tab order and never autofilled. People do not
 * see it (a screen reader reads its label, which says to leave it empty); robots fill it in.
 */
export function honeypotField(t: Translator, errors: readonly string[] = []): SafeHtml {
  const id = fieldId(honeypotName)
  return html`<div class="hp${errors.length ? ' has-error' : ''}">
  <label for="${id}">${t('form.honeypot')}</label>${errors.length ? html`<p class="field-error" id="${id}-error">${errors.join(' ')}</p>` : ''}
  <input type="text" id="${id}" name="${honeypotName}" value="" tabindex="-1" autocomplete="off"${errors.length ? html` aria-describedby="${id}-error" aria-invalid="true"` : ''}>
</div>`
}

