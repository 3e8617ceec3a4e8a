import { formatTimeRangeIn } from '../../../../i18n/format'
import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'
import type { EventCard } from '../event-view'

/** The event's time on its own clock with the zone's short name, as a <time> with the exact instant. */
export function eventWhen(ctx: PageContext, e: Pick<EventCard, 'startsAt' | 'endsAt' | 'timeZone'>): SafeHtml {
  return html`<time datetime="${new Date(e.startsAt).toISOString()}">${formatTimeRangeIn(ctx.locale, e.startsAt, e.endsAt, e.timeZone)}</time>`
}
