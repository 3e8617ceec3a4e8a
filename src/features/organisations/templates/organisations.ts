import { countryChoices, label } from '../../../i18n/label'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { breadcrumbs } from '../../../web/partials/breadcrumbs'
import { filterDisclosure } from '../../../web/partials/filter-disclosure'
import { fallbackNotice, langAttr } from '../../../web/localized'
import { cardLanguages, onlyMineField } from '../../../web/partials/language-filter'
import type { EventCard } from '../../events/calendar/event-view'
import { eventCard } from '../../events/calendar/templates/event-card'
import type { PracticeCard } from '../../practices/list-practices'
import { practiceCard } from '../../practices/templates/practice-card'
import type { OrganisationFilters, OrganisationView } from '../list-organisations'
import { organisationTypes } from '../vocabulary'

export function organisationListView(ctx: PageContext, items: OrganisationView[], filters: OrganisationFilters): SafeHtml {
  const { t, locale } = ctx
  const countries = countryChoices(t, locale)
  return html`<h1>${t('organisations.title')}</h1>
${filterDisclosure(ctx, t('organisations.filters'), (filters.country ? 1 : 0) + (filters.type ? 1 : 0) + (filters.onlyMine ? 1 : 0), html`<form class="filters" method="get" action="/${locale}/organisations" aria-label="${t('organisations.filters')}">
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
  ${onlyMineField(ctx, Boolean(filters.onlyMine))}
  <button type="submit">${t('news.filterSubmit')}</button>
</form>`)}
<p role="status">${t('organisations.count', { count: items.length })}</p>
<ul class="card-list">${items.map(
    (o) => html`<li class="card">
  <h2><a href="/${locale}/organisations/${o.slug}">${o.name}</a></h2>
  <p class="meta">${label(t, 'orgType', o.type)} · ${label(t, 'country', o.country)}${o.shown?.isFallback ? html` · ${t(`language.in.${o.shown.language}`)}` : ''}</p>
  ${o.description && o.shown ? html`<p${langAttr(ctx, o.shown.language)}>${o.description}</p>` : ''}
  ${cardLanguages(ctx, o.languages)}
</li>`,
  )}</ul>`
}

function contactDetails(c: NonNullable<OrganisationView['contact']>): SafeHtml {
  const parts = [
    ...(c.name ? [html`${c.name}`] : []),
    ...(c.email ? [html`<a href="mailto:${c.email}">${c.email}</a>`] : []),
    ...(c.phone ? [html`${c.phone}`] : []),
  ]
  return html`${parts.map((p, i) => html`${i > 0 ? ', ' : ''}${p}`)}`
}

/**
 * The organisation's facts as a term list: only the facts it has, so a directory entry with just a
 * type and a country shows no empty rows.
 */
function organisationFacts(ctx: PageContext, o: OrganisationView): SafeHtml {
  const { t } = ctx
  const facts: [string, SafeHtml | string][] = [
    [t('organisations.type'), label(t, 'orgType', o.type)],
    [t('practice.country'), label(t, 'country', o.country)],
  ]
  if (o.website) facts.push([t('organisations.website'), html`<a href="${o.website}" rel="noopener noreferrer">${o.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>`])
  if (o.address) facts.push([t('organisations.address'), o.address])
  // Shown only when the contact person agreed (the view holds it only then).
  if (o.contact) facts.push([t('practice.contact'), contactDetails(o.contact)])
  return html`<dl class="org-facts">${facts.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`
}

export function organisationView(ctx: PageContext, o: OrganisationView, practices: PracticeCard[], events: EventCard[] = []): SafeHtml {
  const { t, locale } = ctx
  return html`${breadcrumbs(ctx, [{ label: t('organisations.title'), path: '/organisations' }], { label: o.name, language: locale })}
<h1>${o.name}</h1>
${o.shown ? html`${fallbackNotice(ctx, o.shown)}<p class="lead"${langAttr(ctx, o.shown.language)}>${o.description}</p>` : ''}
${organisationFacts(ctx, o)}
<h2>${t('organisations.practices')}</h2>
${practices.length ? html`<ul class="card-list">${practices.map((c) => practiceCard(ctx, c, 3))}</ul>` : html`<p>${t('organisations.noPractices')}</p>`}
${events.length ? html`<h2>${t('calendar.upcoming')}</h2><ul class="card-list">${events.map((e) => eventCard(ctx, e, 3))}</ul>` : ''}
<p><a href="/${locale}/organisations">${t('organisations.title')}</a></p>`
}
