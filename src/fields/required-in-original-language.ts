import type { Validate } from 'payload'

/**
 * For localized text that a contribution must have in its original language only. Payload's own
 * `required` would demand it in whatever locale an editor saves in, so changing the status of a
 * Swedish-only proposal from the English admin would fail.
 */
export const requiredInOriginalLanguage =
  (maxLength: number): Validate<unknown> =>
  (value, { req, data }) => {
    const text = typeof value === 'string' ? value.trim() : ''
    if (text.length > maxLength) return `At most ${maxLength} characters.`
    const original = (data as { originalLanguage?: string } | undefined)?.originalLanguage
    if (!text && (!original || req.locale === original)) return 'This field is required in the original language.'
    return true
  }
