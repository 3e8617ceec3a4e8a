import type { HomeSection } from '../../../capabilities/capability'
import { html } from '../../../web/html'
import { listUpcomingEvents } from '../../events/calendar/list-upcoming-events'
import { eventCard } from '../../events/calendar/templates/event-card'

/** The next events (three: one row on wide screens); absent when none is coming. */
export const upcomingEventsSection: HomeSection = {
  id: 'events',
  order: 80,
  render: async (ctx) => {
    const { t, locale } = ctx
    const events = await listUpcomingEvents(ctx, { mine: false, page: 1 }, { limit: 3 })
    if (!events?.items.length) return undefined
    return html`<section aria-labelledby="home-events">
  <h2 id="home-events">${t('calendar.upcoming')}</h2>
  <ul class="card-list">${events.items.map((e) => eventCard(ctx, e, 3))}</ul>
  <p><a href="/${locale}/events">${t('calendar.allEvents')}</a></p>
</section>`
  },
}
