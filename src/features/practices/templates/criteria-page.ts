import { label } from '../../../i18n/label'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { qualityCriteria } from '../vocabulary'

export function criteriaPageView(ctx: PageContext): SafeHtml {
  const { t, locale } = ctx
  return html`<h1>${t('practices.criteria.title')}</h1>
<p class="lead">${t('practices.criteria.intro')}</p>
<ul class="checklist">${qualityCriteria.map((c) => html`<li>${label(t, 'criterion', c)}</li>`)}</ul>
<p><a href="/${locale}/practices/propose">${t('practices.propose')}</a> · <a href="/${locale}/practices">${t('practice.back')}</a></p>`
}
