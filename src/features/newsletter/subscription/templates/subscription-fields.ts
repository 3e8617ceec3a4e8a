import { localeNames, locales, type Locale } from '../../../../i18n/locales'
import type { PageContext } from '../../../../web/context'
import { messagesFor, type FieldError } from '../../../../web/forms/field-error'
import { checkboxGroup, radioGroup } from '../../../../web/forms/fields'
import { html, type SafeHtml } from '../../../../web/html'

export type ThemeChoice = { slug: string; title: string; language: Locale }

/**
 * The language and themes of a subscription: the sign-up form's and the preference page's.
 */
export function subscriptionFields(ctx: PageContext, data: { language: string; themes: readonly string[]; themeChoices: readonly ThemeChoice[]; errors: readonly FieldError[] }): SafeHtml {
  const { t } = ctx
  const err = (name: string) => messagesFor(t, data.errors, name)
  // Each language is named in itself, so a name in another language than the page's carries its lang.
  const languages = radioGroup({
    t,
    name: 'language',
    label: t('newsletter.language'),
    value: data.language,
    options: locales.map((l) => ({ value: l, label: localeNames[l], lang: l === ctx.locale ? undefined : l })),
    required: true,
    errors: err('language'),
  })
  const themes = data.themeChoices.length
    ? checkboxGroup({
        t,
        name: 'themes',
        label: t('newsletter.themes'),
        hint: t('newsletter.themesHint'),
        values: data.themes,
        options: data.themeChoices.map((c) => ({ value: c.slug, label: c.title })),
        errors: err('themes'),
      })
    : html``
  return html`${languages}
${themes}`
}
