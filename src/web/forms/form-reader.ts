import type { MessageKey } from '../../i18n/messages/en'
import type { FieldError } from './field-error'
import { cleanText, formValue, formValues } from './form-body'

type TextOptions = { required?: boolean; max: number; multiline?: boolean }

/** The e-mail rule Payload's email fields use, so nothing accepted here fails on save. */
const emailPattern =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/**
 * Reads typed values out of a posted form and collects a FieldError for each problem, so a
 * validator reads like the form it checks. Text is cleaned (see cleanText) before it is measured.
 */
export class FormReader {
  readonly errors: FieldError[] = []

  constructor(private readonly body: unknown) {}

  private fail(field: string, key: MessageKey, label: MessageKey, values?: Record<string, string | number>): void {
    this.errors.push({ field, key, label, values })
  }

  text(name: string, label: MessageKey, opts: TextOptions): string {
    const value = cleanText(formValue(this.body, name), opts.multiline ?? false)
    if (!value && opts.required) this.fail(name, 'form.error.required', label)
    else if (value.length > opts.max) this.fail(name, 'form.error.tooLong', label, { max: opts.max })
    return value
  }

  email(name: string, label: MessageKey, opts: { required?: boolean } = {}): string {
    const value = cleanText(formValue(this.body, name), false)
    if (!value) {
      if (opts.required) this.fail(name, 'form.error.required', label)
    } else if (value.length > 254 || !emailPattern.test(value)) this.fail(name, 'form.error.email', label)
    return value
  }

  /** An absolute http(s) address of at most 500 characters, or ''. */
  url(name: string, label: MessageKey): string {
    const value = cleanText(formValue(this.body, name), false)
    if (!value) return ''
    let ok = value.length <= 500
    try {
      ok &&= ['http:', 'https:'].includes(new URL(value).protocol)
    } catch {
      ok = false
    }
    if (!ok) this.fail(name, 'form.error.url', label)
    return value
  }

  /** A calendar date written YYYY-MM-DD (years 1900–2100), or undefined when left empty. */
  date(name: string, label: MessageKey): string | undefined {
    const value = cleanText(formValue(this.body, name), false)
    if (!value) return undefined
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined
    const valid = m && d && d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
    if (!valid || Number(m[1]) < 1900 || Number(m[1]) > 2100) {
      this.fail(name, 'form.error.date', label)
      return undefined
    }
    return value
  }

  /** One value out of a fixed list (a select). */
  choice<T extends string>(name: string, label: MessageKey, options: readonly T[], opts: { required?: boolean } = {}): T | undefined {
    const value = formValue(this.body, name)
    if (!value) {
      if (opts.required) this.fail(name, 'form.error.choice', label)
      return undefined
    }
    if (!(options as readonly string[]).includes(value)) {
      this.fail(name, 'form.error.choice', label)
      return undefined
    }
    return value as T
  }

  /** Any number of values out of a fixed list (a checkbox group), without repeats. */
  choices<T extends string>(name: string, label: MessageKey, options: readonly T[]): T[] {
    const values = [...new Set(formValues(this.body, name))]
    if (values.some((v) => !(options as readonly string[]).includes(v))) {
      this.fail(name, 'form.error.choice', label)
      return []
    }
    return values as T[]
  }

  /** Adds problems found elsewhere (e.g. in uploaded files), keeping the form's order. */
  add(errors: readonly FieldError[]): void {
    this.errors.push(...errors)
  }

  checked(name: string): boolean {
    return formValue(this.body, name) !== ''
  }
}
