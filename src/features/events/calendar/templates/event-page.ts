import { formatDate, formatNumber, formatZoneName, sortByLocale } from '../../../../i18n/format'
import { label } from '../../../../i18n/label'
import type { MessageKey } from '../../../../i18n/messages/en'
import { lexicalToHtml } from '../../../../rich-text/lexical-to-html'
import { assetPath } from '../../../../web/assets'
import type { PageContext } from '../../../../web/context'
import { html, lines, trusted, type SafeHtml } from '../../../../web/html'
import { inLanguage } from '../../../../web/in-language'
import { fallbackNotice, langAttr, readerLangInside } from '../../../../web/localized'
import { breadcrumbs } from '../../../../web/partials/breadcrumbs'
import { languageName } from '../../../../web/partials/language-filter'
import { practiceCard } from '../../../practices/templates/practice-card'
import { eventJsonLd, jsonForScript } from '../event-json-ld'
import type { EventPage } from '../get-event'
import { eventWhen } from './event-when'

function venueBlock(ctx: PageContext, e: EventPage): SafeHtml {
  const v = e.venue
  if (!v) return html``
  const place = [v.postalCode, v.city].filter(Boolean).join(' ')
  return html`<dt>${ctx.t('calendar.venue')}</dt>
  <dd>${v.name ? html`${v.name}<br>` : ''}${v.street ? html`${v.street}<br>` : ''}${place}${v.country ? html`${place ? ', ' : ''}${label(ctx.t, 'country', v.country)}` : ''}${v.mapUrl ? html`<br><a href="${v.mapUrl}" rel="noopener noreferrer">${ctx.t('calendar.map')}</a>` : ''}</dd>`
}

function registrationBlock(ctx: PageContext, e: EventPage): SafeHtml {
  const { t, locale } = ctx
  if (e.kind === 'external') {
    return e.externalUrl
      ? html`<section class="event-action" aria-labelledby="event-registration"><h2 id="event-registration">${t('calendar.registration')}</h2>
  <p>${t('calendar.externalIntro')}</p>
  <p><a class="button" href="${e.externalUrl}" rel="noopener noreferrer">${t('calendar.externalLink')}</a></p></section>`
      : html``
  }
  const r = e.registration
  if (!r) return html``
  const seats = r.seats.map((s) => {
    const mode = e.format === 'hybrid' ? html`${label(t, 'attendanceMode', s.mode)}: ` : ''
    const state = s.left > 0 ? t('calendar.seatsLeft', { count: s.left, total: formatNumber(locale, s.capacity) }) : t('calendar.full', { waiting: s.waiting })
    return html`<li>${mode}${state}</li>`
  })
  const closedKey = r.closed ? (`calendar.closed.${r.closed}` as MessageKey) : undefined
  return html`<section class="event-action" aria-labelledby="event-registration"><h2 id="event-registration">${t('calendar.registration')}</h2>
  ${r.closed !== 'past' && r.closed !== 'cancelled' ? html`<ul>${seats}</ul>` : ''}
  ${closedKey
    ? html`<p>${t(closedKey)}</p>`
    : html`${r.deadline ? html`<p>${t('calendar.deadline', { date: formatDate(locale, r.deadline) })}</p>` : ''}
  <p><a class="button" href="/${locale}/events/${e.slug}/register">${t('calendar.register')}</a></p>`}
</section>`
}

/** Those confirmed who agreed to be listed: name and organisation, in the reader's alphabet. */
function participantsBlock(ctx: PageContext, e: EventPage): SafeHtml {
  const people = e.registration?.participants ?? []
  if (people.length === 0) return html``
  const sorted = sortByLocale(ctx.locale, people, (p) => p.name)
  // UI text in the reader's language inside an article that may be in another.
  return html`<section aria-labelledby="event-participants"${readerLangInside(ctx, e.shown)}><h2 id="event-participants">${ctx.t('registration.participantList')}</h2>
  <p class="hint">${ctx.t('registration.participantListIntro')}</p>
  <ul class="participants">${sorted.map((p) => html`<li>${p.name}${p.organisation ? html`, ${p.organisation}` : ''}</li>`)}</ul>
</section>`
}

function programmeBlock(ctx: PageContext, e: EventPage): SafeHtml {
  if (e.programme.length === 0) return html``
  return html`<section aria-labelledby="event-programme"><h2 id="event-programme">${ctx.t('calendar.programme')}</h2>
  <p class="hint"${readerLangInside(ctx, e.shown)}>${ctx.t('calendar.programmeTimes', { zone: formatZoneName(ctx.locale, e.timeZone, e.startsAt) })}</p>
  <ol class="programme">${e.programme.map(
    (s) => html`<li><p><strong>${s.startTime}${s.endTime ? html`–${s.endTime}` : ''}</strong>${s.title ? html` ${inLanguage(ctx, s.title.language, s.title.text, { around: e.shown.language })}` : ''}</p>
    ${s.speakers.length
      ? html`<ul class="speakers">${s.speakers.map(
          (sp) => html`<li>${sp.photo ? html`<img src="${sp.photo.url}" alt="" width="64" height="64" loading="lazy">` : ''}<span><strong>${sp.name}</strong>${sp.role ? html`, ${inLanguage(ctx, sp.role.language, sp.role.text, { around: e.shown.language })}` : ''}${sp.organisation ? html`, ${sp.organisation}` : ''}</span></li>`,
        )}</ul>`
      : ''}</li>`,
  )}</ol>
</section>`
}

function afterwardsBlock(ctx: PageContext, e: EventPage): SafeHtml {
  const a = e.afterwards
  const report = lexicalToHtml(a.report)
  if (!a.slides.length && !a.recordingUrl && !report && !a.practices.length) return html``
  const { t, locale } = ctx
  return html`<section id="afterwards" aria-labelledby="event-afterwards"><h2 id="event-afterwards">${t('calendar.afterwards')}</h2>
  ${a.recordingUrl ? html`<p><a href="${a.recordingUrl}" rel="noopener noreferrer">${t('calendar.recording')}</a></p>` : ''}
  ${a.slides.length
    ? html`<h3>${t('calendar.slides')}</h3><ul>${a.slides.map((s) => html`<li><a href="/${locale}/events/${e.slug}/files/${s.id}">${s.title}</a></li>`)}</ul>`
    : ''}
  ${report ? html`<h3>${t('calendar.report')}</h3><div class="prose">${trusted(report)}</div>` : ''}
  ${a.practices.length ? html`<h3>${t('calendar.practicesDiscussed')}</h3><ul class="card-list">${a.practices.map((p) => practiceCard(ctx, p, 3))}</ul>` : ''}
</section>`
}

export function eventPageView(ctx: PageContext, e: EventPage): SafeHtml {
  const { t, locale } = ctx
  const pageUrl = `${ctx.env.publicUrl}/${locale}/events/${e.slug}`
  const inside = readerLangInside(ctx, e.shown)
  const description = lexicalToHtml(e.description)
  const jsonLd = eventJsonLd(e, pageUrl, (slug) => `${ctx.env.publicUrl}/${locale}/organisations/${slug}`)
  return html`${breadcrumbs(ctx, [{ label: t('calendar.title'), path: '/events' }], { label: e.title, language: e.shown.language })}
${fallbackNotice(ctx, e.shown)}
<article${langAttr(ctx, e.shown.language)}>
  ${lines('  ', [
    html`<h1>${e.title}</h1>`,
    e.status !== 'scheduled' ? html`<p class="notice" role="note"${inside}><strong>${label(t, 'eventStatus', e.status)}</strong></p>` : '',
    e.summary ? html`<p class="lead">${e.summary}</p>` : '',
  ])}
  <dl class="event-facts"${inside}>
    <dt>${t('calendar.when')}</dt>
    <dd>${eventWhen(ctx, e)}<br>${t('calendar.zone', { zone: formatZoneName(locale, e.timeZone, e.startsAt) })}
    ${e.format !== 'inPerson'
      ? html`<br><span class="reader-time" hidden data-reader-time data-start="${e.startsAt}" data-end="${e.endsAt}" data-zone="${e.timeZone}" data-template="${t('calendar.yourTime', { time: '{time}' })}"></span>`
      : ''}</dd>
    <dt>${t('calendar.format')}</dt>
    <dd>${label(t, 'eventFormat', e.format)} · ${label(t, 'eventKind', e.kind)}</dd>
    ${lines('    ', [
      venueBlock(ctx, e),
      e.spokenLanguages.length ? html`<dt>${t('calendar.spokenLanguages')}</dt><dd>${e.spokenLanguages.map((l) => languageName(locale, l)).join(', ')}</dd>` : '',
      e.interpretation.length ? html`<dt>${t('calendar.interpretation')}</dt><dd>${e.interpretation.map((i) => label(t, 'interpretation', i)).join(', ')}</dd>` : '',
      e.accessibility ? html`<dt>${t('calendar.accessibility')}</dt><dd>${inLanguage(ctx, e.shown.language, e.accessibility)}</dd>` : '',
      e.organisers.length
        ? html`<dt>${t('calendar.organisers')}</dt><dd><ul class="inline-list">${e.organisers.map((o) => html`<li><a href="/${locale}/organisations/${o.slug}">${o.name}</a></li>`)}</ul></dd>`
        : '',
    ])}
  </dl>
  <div${inside}>${registrationBlock(ctx, e)}</div>
  <p${inside}><a href="/${locale}/events/${e.slug}.ics" type="text/calendar" download="${e.slug}.ics">${t('calendar.addToCalendar')}</a></p>
  ${lines('  ', [description ? html`<div class="prose">${trusted(description)}</div>` : '', programmeBlock(ctx, e), participantsBlock(ctx, e), afterwardsBlock(ctx, e)])}
</article>
<aside aria-label="${t('calendar.themesAndCountries')}">
  ${lines('  ', [
    e.themes.length ? html`<h2>${t('news.themes')}</h2><ul class="tags">${e.themes.map((th) => html`<li${langAttr(ctx, th.shown.language)}><a href="/${locale}/themes/${th.slug}">${th.title}</a></li>`)}</ul>` : '',
    e.countries.length ? html`<h2>${t('news.countries')}</h2><ul class="tags">${e.countries.map((c) => html`<li>${label(t, 'country', c)}</li>`)}</ul>` : '',
    html`<p><a href="/${locale}/events">${t('calendar.back')}</a></p>`,
  ])}
</aside>
${trusted(`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`)}
${e.format !== 'inPerson' ? html`<script src="${assetPath('reader-time.js')}" defer></script>` : ''}`
}
