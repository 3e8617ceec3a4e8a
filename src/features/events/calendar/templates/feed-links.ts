import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'

/** A subscribable calendar as two links: webcal:// (opens the calendar app) and https (to copy). */
export function calendarFeedLink(ctx: PageContext, name: string, path: string): SafeHtml {
  const https = `${ctx.env.publicUrl}/${ctx.locale}${path}`
  const webcal = https.replace(/^https?:\/\//, 'webcal://')
  return html`<li>${name}: <a href="${webcal}">${ctx.t('calendar.subscribe')}</a> · <a href="${https}" type="text/calendar">${ctx.t('calendar.feedAddress')}</a></li>`
}
