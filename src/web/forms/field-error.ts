import type { MessageKey } from '../../i18n/messages/en'
import type { MessageValues, Translator } from '../../i18n/translate'

/**
 * One problem with a posted form, as message keys (translated when the form is rendered).
 * `field` names the input it belongs to; without it the problem concerns the whole form.
 * `label` is the key of the field's label, filled in as {field} in the message.
 */
export type FieldError = { field?: string; key: MessageKey; label?: MessageKey; values?: MessageValues }

/** The message of an error in the reader's language. */
export function errorMessage(t: Translator, error: FieldError): string {
  return t(error.key, { ...error.values, ...(error.label ? { field: t(error.label) } : {}) })
}

/** The translated messages of one field. */
export function messagesFor(t: Translator, errors: readonly FieldError[], field: string): string[] {
  return errors.filter((e) => e.field === field).map((e) => errorMessage(t, e))
}
