import { label } from '../../../i18n/label'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { langAttr } from '../../../web/localized'
import { cardLanguages } from '../../../web/partials/language-filter'
import type { Locale } from '../../../i18n/locales'
import type { PracticeCard } from '../list-practices'

/** One practice in a list; the card carries the language it is shown in. */
export function practiceCard(ctx: PageContext, card: PracticeCard, level: 2 | 3 = 2): SafeHtml {
  const { t, locale } = ctx
  const e = card.entry
  const href = `/${locale}/practices/${e.slug}`
  const link = html`<a href="${href}">${card.title}</a>`
  const place = e.municipality ?? t('practices.national')
  return html`<li class="card"${langAttr(ctx, card.language)}>
  ${level === 2 ? html`<h2>${link}</h2>` : html`<h3>${link}</h3>`}
  <p class="meta"${card.language === locale ? '' : html` lang="${locale}"`}>${place} · ${label(t, 'country', e.country)}${e.evidenceLevel ? html` · ${t('practice.evidenceLevel')}: ${label(t, 'evidence', e.evidenceLevel)}` : ''}${card.language !== locale ? html` · ${label(t, 'language.in', card.language)}` : ''}</p>
  <p>${card.summary}</p>
  ${cardLanguages(ctx, Object.keys(e.texts) as Locale[], card.language)}
</li>`
}
