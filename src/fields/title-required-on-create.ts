import type { TextFieldSingleValidation } from 'payload'
import type { AdminText } from '../i18n/admin/admin-text'
import { isLocale } from '../i18n/locales'

/**
 * A localized title that a new document needs in the language it is written in, while a
 * translation may be missing (the site falls back along the reader's chain). Not Payload's
 * `required`, which would demand a title in every locale an editor saves in and keeps other
 * languages' rows out of a collection without drafts (NOT NULL on its locales table).
 */
export function titleRequiredOnCreate(maxLength: number, needed: AdminText): TextFieldSingleValidation {
  return (value, { operation, req }) => {
    if (typeof value === 'string' && value.length > maxLength) return `At most ${maxLength} characters.`
    if (operation === 'create' && (typeof value !== 'string' || value.trim() === '')) {
      const language = req?.i18n?.language
      return needed[isLocale(language) ? language : 'en']
    }
    return true
  }
}
