import { label } from '../../../../i18n/label'
import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'
import { langAttr, readerLangInside } from '../../../../web/localized'
import { cardLanguages } from '../../../../web/partials/language-filter'
import type { EventCard } from '../event-view'
import type { EventMaterial } from '../list-past-events'
import { eventWhen } from './event-when'

/** Where: the city (and country) for events in a room, "Online" for the rest, both for hybrid ones. */
export function eventWhere(ctx: PageContext, e: Pick<EventCard, 'format' | 'city' | 'venueCountry'>): string {
  const place = [e.city, e.venueCountry ? label(ctx.t, 'country', e.venueCountry) : undefined].filter(Boolean).join(', ')
  if (e.format === 'online') return ctx.t('eventFormat.online')
  if (e.format === 'hybrid') return place ? ctx.t('calendar.placeAndOnline', { place }) : ctx.t('eventFormat.online')
  return place
}

/** One event on a list; `level` keeps the heading order right where the card is placed. */
export function eventCard(ctx: PageContext, e: EventCard, level: 2 | 3 = 2, material?: EventMaterial): SafeHtml {
  const { t, locale } = ctx
  const href = `/${locale}/events/${e.slug}`
  const heading = level === 2 ? html`<h2><a href="${href}">${e.title}</a></h2>` : html`<h3><a href="${href}">${e.title}</a></h3>`
  const inside = readerLangInside(ctx, e.shown)
  const where = eventWhere(ctx, e)
  // Optional parts bring their own line break, so a card without one leaves no blank, indented line.
  const status = e.status !== 'scheduled' ? html`
  <p class="event-status"${inside}><strong>${label(t, 'eventStatus', e.status)}</strong></p>` : ''
  const summary = e.summary ? html`
  <p>${e.summary}</p>` : ''
  const links = material
    ? [
        material.recordingUrl ? html`<li><a href="${material.recordingUrl}" rel="noopener noreferrer">${t('calendar.recording')}</a></li>` : '',
        material.slides ? html`<li><a href="${href}#afterwards">${t('calendar.slides')}</a></li>` : '',
        material.report ? html`<li><a href="${href}#afterwards">${t('calendar.report')}</a></li>` : '',
      ].filter((l) => l !== '')
    : []
  const materialList = links.length ? html`
  <ul class="inline-list"${inside}>${links}</ul>` : ''
  return html`<li class="card event-card"${langAttr(ctx, e.shown.language)}>
  ${heading}${status}
  <p class="meta"${inside}>${eventWhen(ctx, e)}</p>
  <p class="meta"${inside}>${label(t, 'eventFormat', e.format)}${where && e.format !== 'online' ? html` · ${where}` : ''} · ${label(t, 'eventKind', e.kind)}${e.shown.isFallback ? html` · ${t(`language.in.${e.shown.language}`)}` : ''}</p>${summary}${materialList}
  ${cardLanguages(ctx, e.languages, e.shown.language)}
</li>`
}
