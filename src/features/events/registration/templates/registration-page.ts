import type { Locale } from '../../../../i18n/locales'
import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'
import { langAttrs } from '../../../../web/in-language'
import type { AttendanceMode, RegistrationStatus } from '../../vocabulary'

export type RegistrationPageData = {
  token: string
  csrf: SafeHtml | undefined
  event: { slug: string; title: string; language: Locale; when: string; where: string }
  status: RegistrationStatus
  mode: AttendanceMode
  waitingPosition: number | undefined
  /** The other mode a hybrid event's participant can move to, while registration is open. */
  otherMode: AttendanceMode | undefined
  done: 'cancelled' | 'changed' | undefined
}

/** A participant's own page: their place, and buttons to move to the other mode or cancel. */
export function registrationPageView(ctx: PageContext, d: RegistrationPageData): SafeHtml {
  const { t, locale } = ctx
  const action = (what: string) => `/${locale}/registrations/${d.token}/${what}`
  return html`<h1>${t('registration.title')}</h1>
${d.done ? html`<p class="notice" role="status">${t(d.done === 'cancelled' ? 'registration.cancelled' : 'registration.changed')}</p>` : ''}
<p class="lead"><a href="/${locale}/events/${d.event.slug}"${langAttrs(ctx, d.event.language)}>${d.event.title}</a></p>
<dl class="facts">
  <dt>${t('registration.when')}</dt><dd>${d.event.when}</dd>
  <dt>${t('registration.where')}</dt><dd>${d.event.where}</dd>
  <dt>${t('registration.place')}</dt><dd>${t(`registrationStatus.${d.status}`)}${d.waitingPosition ? html` – ${t('registration.waitingPosition', { count: d.waitingPosition })}` : ''}</dd>
  ${d.status !== 'cancelled' ? html`<dt>${t('registration.mode')}</dt><dd>${t(`attendanceMode.${d.mode}`)}</dd>` : ''}
</dl>
${d.status === 'confirmed' && d.mode === 'online' ? html`<p>${t('registration.joinLater')}</p>` : ''}
${d.status === 'confirmed' ? html`<p><a href="/${locale}/events/${d.event.slug}.ics">${t('registration.addToCalendar')}</a></p>` : ''}
${d.status !== 'cancelled' && d.csrf && d.otherMode
    ? html`<form method="post" action="${action('mode')}" class="inline-form">
  ${d.csrf}<input type="hidden" name="mode" value="${d.otherMode}">
  <p class="hint" id="mode-hint">${t('registration.changeModeHint')}</p>
  <p><button type="submit" aria-describedby="mode-hint">${t('registration.changeMode', { mode: t(`attendanceMode.${d.otherMode}`) })}</button></p>
</form>`
    : ''}
${d.status !== 'cancelled' && d.csrf
    ? html`<form method="post" action="${action('cancel')}" class="inline-form">
  ${d.csrf}
  <p class="hint" id="cancel-hint">${t('registration.cancelHint')}</p>
  <p><button type="submit" class="button-secondary" aria-describedby="cancel-hint">${t('registration.cancel')}</button></p>
</form>`
    : ''}
${d.status !== 'cancelled' && !d.csrf ? html`<p>${t('registration.closedNow')}</p>` : ''}`
}
