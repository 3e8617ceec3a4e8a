import { formatMonth, sortByLocale } from '../../../../i18n/format'
import { countryChoices, label, labelledOptions } from '../../../../i18n/label'
import type { PageContext } from '../../../../web/context'
import { html, lines, type SafeHtml } from '../../../../web/html'
import { filterDisclosure } from '../../../../web/partials/filter-disclosure'
import { onlyMineField } from '../../../../web/partials/language-filter'
import { pagination } from '../../../../web/partials/pagination'
import { eventFormats, eventKinds } from '../../vocabulary'
import { calendarZone } from '../event-filters'
import type { UpcomingEvents } from '../list-upcoming-events'
import { chosenFilters, eventQueryParams } from '../parse-event-query'
import { eventCard } from './event-card'
import { calendarFeedLink } from './feed-links'

type Option = { value: string; label: string }

function selectField(id: string, legend: string, any: string, options: Option[], chosen: string | undefined): SafeHtml {
  return html`<div class="field">
    <label for="f-${id}">${legend}</label>
    <select id="f-${id}" name="${id}">
      <option value="">${any}</option>
      ${options.map((o) => html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`)}
    </select>
  </div>`
}

/** The next twelve months on the calendar's clock, plus the chosen one if it lies elsewhere. */
export function calendarMonths(now: Date, chosen?: string): string[] {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: calendarZone, year: 'numeric', month: '2-digit' }).format(now).split('-').map(Number)
  const months = Array.from({ length: 12 }, (_, i) => {
    const n = y * 12 + (m - 1) + i
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`
  })
  return chosen && !months.includes(chosen) ? [chosen, ...months] : months
}

export function eventListView(ctx: PageContext, data: UpcomingEvents, now = new Date()): SafeHtml {
  const { t, locale } = ctx
  const q = data.query
  const themes = sortByLocale(locale, data.themes.map((th) => ({ value: th.slug, label: th.title })), (o) => o.label)
  const months = calendarMonths(now, q.month).map((m) => ({ value: m, label: formatMonth(locale, m) }))
  return html`<h1>${t('calendar.title')}</h1>
<p class="lead">${t('calendar.intro')}</p>
<p><a href="/${locale}/events/past">${t('calendar.pastLink')}</a></p>
<div class="with-filters">
${filterDisclosure(ctx, t('calendar.filters'), chosenFilters(q), html`<form class="facets" method="get" action="/${locale}/events" aria-label="${t('calendar.filters')}">
  ${selectField('month', t('calendar.month'), t('calendar.anyMonth'), months, q.month)}
  ${selectField('country', t('calendar.country'), t('calendar.anyCountry'), countryChoices(t, locale), q.country)}
  ${selectField('theme', t('calendar.theme'), t('calendar.anyTheme'), themes, q.theme)}
  ${selectField('format', t('calendar.format'), t('calendar.anyFormat'), labelledOptions(t, 'eventFormat', eventFormats), q.format)}
  ${selectField('kind', t('calendar.kind'), t('calendar.anyKind'), labelledOptions(t, 'eventKind', eventKinds), q.kind)}
  ${onlyMineField(ctx, q.mine)}
  <p><button type="submit">${t('calendar.apply')}</button> <a href="/${locale}/events">${t('calendar.clear')}</a></p>
</form>`)}
<div class="results">
  <p role="status">${t('calendar.count', { count: data.totalDocs })}</p>
  ${lines('  ', [
    data.items.length ? html`<ul class="card-list">${data.items.map((e) => eventCard(ctx, e))}</ul>` : html`<p>${t('calendar.empty')}</p>`,
    pagination(ctx, '/events', data.page, data.totalPages, eventQueryParams(q)),
  ])}
  <section aria-labelledby="calendar-feeds">
    <h2 id="calendar-feeds">${t('calendar.feeds')}</h2>
    <p>${t('calendar.feedsIntro')}</p>
    <ul>
      ${lines('      ', [
        calendarFeedLink(ctx, t('calendar.feedAll'), '/events.ics'),
        data.theme ? calendarFeedLink(ctx, t('calendar.feedTheme', { theme: data.theme.title }), `/events/themes/${data.theme.slug}.ics`) : '',
        q.country ? calendarFeedLink(ctx, t('calendar.feedCountry', { country: label(t, 'country', q.country) }), `/events/countries/${q.country.toLowerCase()}.ics`) : '',
      ])}
      <li><a href="/${locale}/events/feed.xml" type="application/atom+xml">${t('calendar.atom')}</a></li>
    </ul>
  </section>
</div>
</div>`
}
