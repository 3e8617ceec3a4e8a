import type { Locale } from '../../i18n/locales'
import type { PageContext } from '../context'
import { html, type SafeHtml } from '../html'
import { langAttr } from '../localized'

/** A step above the current page: its label and path without the locale prefix ("/practices"). */
export type Crumb = { label: string; path: string }

/**
 * The trail from the home page to the current page (a detail page), as the pattern of Designsystemet
 * and GOV.UK: a named navigation landmark, an ordered list, and the current page last, marked with
 * aria-current and not linked. The current page's title carries its language when it is shown in a
 * fallback language.
 */
export function breadcrumbs(ctx: PageContext, parents: readonly Crumb[], current: { label: string; language: Locale }): SafeHtml {
  const { t, locale } = ctx
  const trail: Crumb[] = [{ label: t('nav.home'), path: '/' }, ...parents]
  return html`<nav class="breadcrumbs" aria-label="${t('breadcrumb.label')}">
  <ol>${trail.map((c) => html`<li><a href="/${locale}${c.path}">${c.label}</a></li>`)}<li><span aria-current="page"${langAttr(ctx, current.language)}>${current.label}</span></li></ol>
</nav>`
}
