import { sortByLocale } from '../../../i18n/format'
import { countryChoices, labelledOptions } from '../../../i18n/label'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { filterDisclosure } from '../../../web/partials/filter-disclosure'
import { onlyMineField } from '../../../web/partials/language-filter'
import { pagination } from '../../../web/partials/pagination'
import type { PracticeList } from '../list-practices'
import { practiceQueryParams } from '../search/parse-practice-query'
import type { FacetName } from '../search/query-practices'
import { actorTypes, evidenceLevels, targetGroups } from '../vocabulary'
import { practiceCard } from './practice-card'

/** value: what goes in the URL; key: the facet-count key, when it differs (theme ids, replicated). */
type Option = { value: string; label: string; key?: string }

function checkboxFacet(ctx: PageContext, data: PracticeList, facet: FacetName, param: string, legend: string, options: Option[], chosen: string[]): SafeHtml {
  const counts = data.facets[facet]
  const count = (o: Option) => counts.get(o.key ?? o.value) ?? 0
  const shown = options.filter((o) => count(o) > 0 || chosen.includes(o.value))
  if (shown.length === 0) return html``
  return html`<fieldset class="facet">
  <legend>${legend}</legend>
  ${shown.map((o) => {
    const id = `f-${param}-${o.value}`
    return html`<div class="check"><input type="checkbox" id="${id}" name="${param}" value="${o.value}"${chosen.includes(o.value) ? html` checked` : ''}><label for="${id}">${ctx.t('practices.valueWithCount', { label: o.label, count: count(o) })}</label></div>`
  })}
</fieldset>`
}

/** How many filter values the reader has chosen (the search words count as one; the order does not). */
function chosenCount(data: PracticeList): number {
  const f = data.query.filters
  return [f.country, f.municipality, f.theme, f.targetGroup, f.evidence, f.actor, f.status].reduce((n, values) => n + values.length, 0) + (f.replicated ? 1 : 0) + (f.q ? 1 : 0) + (f.mine ? 1 : 0)
}

export function practiceListView(ctx: PageContext, data: PracticeList): SafeHtml {
  const { t, locale } = ctx
  const f = data.query.filters
  const tagged = (prefix: string, values: readonly string[]) => labelledOptions(t, prefix, values)
  const countries = countryChoices(t, locale)
  const themes = sortByLocale(locale, data.themes.map((th) => ({ value: th.slug, key: String(th.id), label: th.title })), (o) => o.label)
  const municipalities = sortByLocale(locale, [...data.facets.municipality.keys()], (m) => m)
  const themeSlugs = f.theme.map((id) => data.themes.find((th) => th.id === id)?.slug ?? '')
  return html`<h1>${t('practices.title')}</h1>
<p class="lead">${t('practices.intro')}</p>
<p><a href="/${locale}/practices/propose">${t('practices.propose')}</a> · <a href="/${locale}/practices/criteria">${t('practices.criteria.title')}</a></p>
<div class="with-filters">
${filterDisclosure(ctx, t('practices.filters'), chosenCount(data), html`<form class="facets" method="get" action="/${locale}/practices" aria-label="${t('practices.filters')}">
  <div class="field">
    <label for="q">${t('practices.search')}</label>
    <input type="search" id="q" name="q" value="${f.q}" maxlength="200">
  </div>
  <div class="field">
    <label for="sort">${t('practices.sort')}</label>
    <select id="sort" name="sort">
      <option value="newest"${data.query.sort === 'newest' ? html` selected` : ''}>${t('practices.sort.newest')}</option>
      <option value="title"${data.query.sort === 'title' ? html` selected` : ''}>${t('practices.sort.title')}</option>
    </select>
  </div>
  ${onlyMineField(ctx, f.mine)}
  ${checkboxFacet(ctx, data, 'country', 'country', t('practices.facet.country'), countries, f.country)}
  <div class="field">
    <label for="municipality">${t('practices.facet.municipality')}</label>
    <select id="municipality" name="municipality">
      <option value="">${t('practices.facet.anyMunicipality')}</option>
      ${municipalities.map((m) => html`<option value="${m}"${f.municipality.includes(m) ? html` selected` : ''}>${t('practices.valueWithCount', { label: m, count: data.facets.municipality.get(m) ?? 0 })}</option>`)}
    </select>
  </div>
  ${checkboxFacet(ctx, data, 'theme', 'theme', t('practices.facet.theme'), themes, themeSlugs)}
  ${checkboxFacet(ctx, data, 'targetGroup', 'target', t('practices.facet.targetGroup'), tagged('target', targetGroups), f.targetGroup)}
  ${checkboxFacet(ctx, data, 'evidence', 'evidence', t('practices.facet.evidence'), tagged('evidence', evidenceLevels), f.evidence)}
  ${checkboxFacet(ctx, data, 'actor', 'actor', t('practices.facet.actor'), tagged('actor', actorTypes), f.actor)}
  ${checkboxFacet(ctx, data, 'status', 'status', t('practices.facet.status'), tagged('status', ['ongoing', 'ended']), f.status)}
  ${checkboxFacet(ctx, data, 'replicated', 'replicated', t('practices.facet.replicated'), [{ value: '1', key: 'yes', label: t('practices.facet.replicated') }], f.replicated ? ['1'] : [])}
  <p><button type="submit">${t('practices.apply')}</button> <a href="/${locale}/practices">${t('practices.clear')}</a></p>
</form>`)}
<div class="results">
  <p role="status">${t('practices.count', { count: data.total })}</p>
  ${data.items.length
    ? html`<ul class="card-list">${data.items.map((c) => practiceCard(ctx, c))}</ul>`
    : html`<p>${t('practices.empty')}</p>`}
  ${pagination(ctx, '/practices', data.query.page, data.totalPages, practiceQueryParams(data.query, data.themes))}
</div>
</div>`
}
