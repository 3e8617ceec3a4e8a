import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'
import { pagination } from '../../../../web/partials/pagination'
import type { PastEvents } from '../list-past-events'
import { eventCard } from './event-card'

/** The archive of one year, with links to the other years that have past events. */
export function pastEventsView(ctx: PageContext, data: PastEvents): SafeHtml {
  const { t, locale } = ctx
  return html`<h1>${t('calendar.pastTitle', { year: data.year })}</h1>
<p><a href="/${locale}/events">${t('calendar.upcomingLink')}</a></p>
${data.years.length > 1
  ? html`<nav aria-label="${t('calendar.years')}"><ul class="inline-list">${data.years.map((y) =>
      y === data.year ? html`<li><a href="/${locale}/events/past?year=${y}" aria-current="page">${y}</a></li>` : html`<li><a href="/${locale}/events/past?year=${y}">${y}</a></li>`,
    )}</ul></nav>`
  : ''}
<p role="status">${t('calendar.count', { count: data.totalDocs })}</p>
${data.items.length ? html`<ul class="card-list">${data.items.map((e) => eventCard(ctx, e, 2, data.material.get(e.id)))}</ul>` : html`<p>${t('calendar.pastEmpty')}</p>`}
${pagination(ctx, '/events/past', data.page, data.totalPages, { year: String(data.year) })}`
}
