import type { Field, TextFieldSingleValidation } from 'payload'
import { adminText } from '../i18n/admin/admin-text'
import { isLocale } from '../i18n/locales'
import { fillSlug, slugMaxLength } from './fill-slug'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const invalid = adminText(
  'Write the title first, or a web address of lowercase letters, digits and single hyphens (at most 120 characters).',
  'Skriv titeln först, eller en webbadress med små bokstäver, siffror och enkla bindestreck (högst 120 tecken).',
  'Skriv tittelen først, eller en nettadresse med små bokstaver, sifre og enkle bindestreker (høyst 120 tegn).',
  'Skriv titlen først, eller en webadresse med små bogstaver, tal og enkelte bindestreger (højst 120 tegn).',
  'Kirjoita ensin otsikko tai verkko-osoite pienillä kirjaimilla, numeroilla ja yksittäisillä yhdysmerkeillä (enintään 120 merkkiä).',
  'Skrifaðu titilinn fyrst, eða vefslóð með lágstöfum, tölustöfum og stökum bandstrikum (mest 120 stafir).',
)

/** The message in the editor's admin language, shown on the field itself. */
const validateSlug: TextFieldSingleValidation = (value, { req }) => {
  if (typeof value === 'string' && slugPattern.test(value) && value.length <= slugMaxLength) return true
  const language = req?.i18n?.language
  return invalid[isLocale(language) ? language : 'en']
}

/**
 * A URL slug shared by all languages of a document: lowercase ASCII words joined by hyphens, made
 * from the title when left empty, unique in its collection (fill-slug.ts), and editable.
 */
export const slugField: Field = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar' },
  hooks: { beforeValidate: [fillSlug] },
  validate: validateSlug,
}
