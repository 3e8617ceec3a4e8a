import { countryChoices, label } from '../../../i18n/label'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { filterDisclosure } from '../../../web/partials/filter-disclosure'
import { fallbackNotice, langAttr } from '../../../web/localized'
import type { PracticeCard } from '../../practices/list-practices'
import { practiceCard } from '../../practices/templates/practice-card'
import type { OrganisationFilters, OrganisationView } from '../list-organisations'
import { organisationTypes } from '../vocabulary'

export function organisationListView(ctx: PageContext, items: OrganisationView[], filters: OrganisationFilters): SafeHtml {
  const { t, locale } = ctx
  const countries = countryChoices(t, locale)
  return html`<h1>${t('organisations.title')}</h1>
${filterDisclosure(ctx, t('organisations.filters'), (filters.country ? 1 : 0) + (filters.type ? 1 : 0), html`<form class="filters" method="get" action="/${locale}/organisations" aria-label="${t('organisations.filters')}">
  <div>
    <label for="country">${t('practice.country')}</label>
    <select id="country" name="country">
      <option value="">${t('organisations.allCountries')}</option>
      ${countries.map((c) => html`<option value="${c.value}"${filters.country === c.value ? html` selected` : ''}>${c.label}</option>`)}
    </select>
  </div>
  <div>
    <label for="type">${t('organisations.type')}</label>
    <select id="type" name="type">
      <option value="">${t('organisations.allTypes')}</option>
      ${organisationTypes.map((v) => html`<option value="${v}"${filters.type === v ? html` selected` : ''}>${label(t, 'orgType', v)}</option>`)}
    </select>
  </div>
  <button type="submit">${t('news.filterSubmit')}</button>
</form>`)}
<p role="status">${t('organisations.count', { count: items.length })}</p>
<ul class="card-list">${items.map(
    (o) => html`<li class="card">
  <h2><a href="/${locale}/organisations/${o.slug}">${o.name}</a></h2>
  <p class="meta">${label(t, 'orgType', o.type)} · ${label(t, 'country', o.country)}</p>
  ${o.description && o.shown ? html`<p${langAttr(ctx, o.shown.language)}>${o.description}</p>` : ''}
</li>`,
  )}</ul>`
}

function contactLine(ctx: PageContext, c: NonNullable<OrganisationView['contact']>): SafeHtml {
  const parts = [
    ...(c.name ? [html`${c.name}`] : []),
    ...(c.email ? [html`<a href="mailto:${c.email}">${c.email}</a>`] : []),
    ...(c.phone ? [html`${c.phone}`] : []),
  ]
  return html`<p>${ctx.t('practice.contact')}: ${parts.map((p, i) => html`${i > 0 ? ', ' : ''}${p}`)}</p>`
}

export function organisationView(ctx: PageContext, o: OrganisationView, practices: PracticeCard[]): SafeHtml {
  const { t, locale } = ctx
  return html`<h1>${o.name}</h1>
<p class="meta">${label(t, 'orgType', o.type)} · ${label(t, 'country', o.country)}</p>
${o.shown ? html`${fallbackNotice(ctx, o.shown)}<p class="lead"${langAttr(ctx, o.shown.language)}>${o.description}</p>` : ''}
${o.website ? html`<p>${t('organisations.website')}: <a href="${o.website}" rel="noopener noreferrer">${o.website}</a></p>` : ''}
${o.address ? html`<p>${t('organisations.address')}: ${o.address}</p>` : ''}
${o.contact ? contactLine(ctx, o.contact) : ''}
<h2>${t('organisations.practices')}</h2>
${practices.length ? html`<ul class="card-list">${practices.map((c) => practiceCard(ctx, c, 3))}</ul>` : html`<p>${t('organisations.noPractices')}</p>`}
<p><a href="/${locale}/organisations">${t('organisations.title')}</a></p>`
}
