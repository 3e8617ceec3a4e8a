import { formatDate } from '../../../i18n/format'
import { label } from '../../../i18n/label'
import { intlTags } from '../../../i18n/locales'
import type { MessageKey } from '../../../i18n/messages/en'
import { lexicalToHtml } from '../../../rich-text/lexical-to-html'
import type { PageContext } from '../../../web/context'
import { html, trusted, type SafeHtml } from '../../../web/html'
import { inLanguage, langAttrs } from '../../../web/in-language'
import { fallbackNotice, langAttr, readerLangInside } from '../../../web/localized'
import type { PracticeView } from '../get-practice'
import { breadcrumbs } from '../../../web/partials/breadcrumbs'
import { practiceCard } from './practice-card'
import { tableOfContents, type TocEntry } from './table-of-contents'

/** A phone number that does not wrap in the middle (spaces become non-breaking ones). */
const nonBreaking = (phone: string) => phone.replace(/ /g, '\u00a0')

const lines = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split('\n')
        .map((l) => l.replace(/^[-•*]\s*/, '').trim())
        .filter(Boolean)
    : []

/** schema.org description for search engines; "<" is escaped so the JSON cannot close the script element. */
function jsonLd(ctx: PageContext, p: PracticeView): SafeHtml {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: p.title,
    description: p.summary,
    inLanguage: p.shown.language,
    url: `${ctx.env.publicUrl}/${ctx.locale}/practices/${p.doc.slug}`,
    about: p.themes.map((th) => th.title),
    audience: (p.doc.targetGroups ?? []).map((g) => ({ '@type': 'Audience', audienceType: label(ctx.t, 'target', g) })),
    spatialCoverage: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressCountry: p.doc.country, addressLocality: p.doc.municipality || undefined, addressRegion: p.doc.region || undefined },
    },
    creator: p.organisations.map((o) => ({ '@type': 'Organization', name: o.name, url: `${ctx.env.publicUrl}/${ctx.locale}/organisations/${o.slug}` })),
    dateCreated: p.doc.startDate ?? undefined,
  }
  return trusted(`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`)
}

/** A section of the practice's text: its anchor, its heading (in the reader's language) and its content. */
type TextPart = TocEntry & { body: SafeHtml }

function textPart(id: string, heading: MessageKey, body: SafeHtml | '' | false): TextPart | undefined {
  return body ? { id: `section-${id}`, heading, body } : undefined
}

export function practicePageView(ctx: PageContext, p: PracticeView): SafeHtml {
  const { t, locale } = ctx
  const d = p.doc
  const rich = (name: 'challenge' | 'goals' | 'howItWorks' | 'results' | 'transferability') => lexicalToHtml(p.field(name))
  const plain = (name: 'participantVoice' | 'indicators' | 'resources') => {
    const v = p.field(name)
    return typeof v === 'string' ? v : ''
  }
  const inside = readerLangInside(ctx, p.shown)
  const period = d.startDate
    ? d.endDate
      ? t('practice.fromTo', { start: formatDate(locale, d.startDate), end: formatDate(locale, d.endDate) })
      : t('practice.since', { date: formatDate(locale, d.startDate) })
    : ''
  const fact = (key: MessageKey, value: SafeHtml | string | undefined | null) =>
    value ? html`<dt>${t(key)}</dt><dd>${value}</dd>` : html``
  const dos = lines(p.field('dos'))
  const donts = lines(p.field('donts'))
  const evaluation = html`<dl${inside}>
      ${fact('practice.evaluationType', d.evaluation ? label(t, 'evaluation', d.evaluation) : '')}
      ${fact('practice.evidenceLevel', d.evidenceLevel ? label(t, 'evidence', d.evidenceLevel) : '')}
    </dl>
    ${plain('indicators') ? html`<h3${inside}>${t('practice.indicators')}</h3><p>${plain('indicators')}</p>` : ''}`
  // The text's sections in reading order; the ones without content are left out (of the contents too).
  const parts = [
    textPart('challenge', 'practice.challenge', rich('challenge') && trusted(rich('challenge'))),
    textPart('goals', 'practice.goals', rich('goals') && trusted(rich('goals'))),
    textPart('how-it-works', 'practice.howItWorks', rich('howItWorks') && trusted(rich('howItWorks'))),
    textPart(
      'results',
      'practice.results',
      (rich('results') || plain('participantVoice')) &&
        html`${trusted(rich('results'))}${plain('participantVoice') ? html`<figure class="voice"><blockquote><p>${plain('participantVoice')}</p></blockquote><figcaption${inside}>${t('practice.participantVoice')}</figcaption></figure>` : ''}`,
    ),
    textPart('evaluation', 'practice.evaluation', evaluation),
    textPart('resources', 'practice.resources', plain('resources') && html`<p>${plain('resources')}</p>`),
    textPart('transferability', 'practice.transferability', rich('transferability') && trusted(rich('transferability'))),
    textPart(
      'dos-and-donts',
      'practice.dosAndDonts',
      (dos.length > 0 || donts.length > 0) &&
        html`<div class="dos-donts">
      ${dos.length ? html`<div><h3${inside}>${t('practice.dos')}</h3><ul>${dos.map((x) => html`<li>${x}</li>`)}</ul></div>` : ''}
      ${donts.length ? html`<div><h3${inside}>${t('practice.donts')}</h3><ul>${donts.map((x) => html`<li>${x}</li>`)}</ul></div>` : ''}
    </div>`,
    ),
  ].filter((part): part is TextPart => Boolean(part))
  const shareUrl = encodeURIComponent(`${ctx.env.publicUrl}/${locale}/practices/${d.slug}`)
  const shareTitle = encodeURIComponent(p.title)
  // Partners, the contact's role and link labels are kept in the record's language (ARCHITECTURE.md, Languages).
  const own = (content: string) => inLanguage(ctx, d.originalLanguage, content)
  return html`${breadcrumbs(ctx, [{ label: t('practices.title'), path: '/practices' }], { label: p.title, language: p.shown.language })}
${fallbackNotice(ctx, p.shown)}
${jsonLd(ctx, p)}
<article class="practice"${langAttr(ctx, p.shown.language)}>
  <h1>${p.title}</h1>
  <p class="lead">${p.summary}</p>
  <div class="practice-layout">
  <section class="facts"${inside} aria-labelledby="facts">
    <h2 id="facts">${t('practice.facts')}</h2>
    <dl>
      ${fact('practice.country', label(t, 'country', d.country))}
      ${fact('practice.region', d.region)}
      ${fact('practice.municipality', d.municipality || t('practices.national'))}
      ${fact('practice.organisations', p.organisations.length ? html`<ul>${p.organisations.map((o) => html`<li><a href="/${locale}/organisations/${o.slug}">${o.name}</a></li>`)}</ul>` : '')}
      ${fact('practice.partners', d.partners ? own(d.partners) : '')}
      ${fact('practice.themes', p.themes.length ? html`<ul>${p.themes.map((th) => html`<li${th.shown.language === locale ? '' : html` lang="${th.shown.language}"`}><a href="/${locale}/themes/${th.slug}">${th.title}</a></li>`)}</ul>` : '')}
      ${fact('practice.targetGroups', (d.targetGroups ?? []).map((g) => label(t, 'target', g)).join(', '))}
      ${fact('practice.actorType', d.actorType ? label(t, 'actor', d.actorType) : '')}
      ${fact('practice.period', period)}
      ${fact('practice.status', d.runState ? label(t, 'runState', d.runState) : '')}
      ${fact('practice.originalLanguage', d.originalLanguage ? new Intl.DisplayNames([intlTags[locale]], { type: 'language' }).of(d.originalLanguage) : '')}
    </dl>
  </section>
  <div class="practice-text">
  ${tableOfContents(ctx, parts, inside)}
  ${parts.map((part) => html`<section id="${part.id}"><h2${inside}>${t(part.heading)}</h2>${part.body}</section>`)}
  </div>
  </div>
</article>
${d.contact?.consent && (d.contact.name || d.contact.email)
  ? html`<section aria-labelledby="contact"><h2 id="contact">${t('practice.contact')}</h2><p>${d.contact.name}${d.contact.role ? html`, ${own(d.contact.role)}` : ''}<br>
  ${d.contact.email ? html`<a href="mailto:${d.contact.email}">${d.contact.email}</a>` : ''}${d.contact.phone ? html`<br><a href="tel:${d.contact.phone.replace(/[^+\d]/g, '')}">${nonBreaking(d.contact.phone)}</a>` : ''}</p></section>`
  : ''}
${d.links?.length ? html`<section aria-labelledby="links"><h2 id="links">${t('practice.links')}</h2><ul>${d.links.map((l) => html`<li><a href="${l.url}" rel="noopener noreferrer">${own(l.label)}</a></li>`)}</ul></section>` : ''}
${p.attachments.length ? html`<section aria-labelledby="attachments"><h2 id="attachments">${t('practice.attachments')}</h2><ul>${p.attachments.map((a) => html`<li><a href="/${locale}/practices/${d.slug}/files/${a.id}">${own(a.title)}</a></li>`)}</ul></section>` : ''}
${(d.criteriaMet ?? []).length ? html`<section aria-labelledby="criteria"><h2 id="criteria">${t('practice.criteriaMet')}</h2><ul class="checklist">${(d.criteriaMet ?? []).map((c) => html`<li>${label(t, 'criterion', c)}</li>`)}</ul></section>` : ''}
<section aria-labelledby="replications">
  <h2 id="replications">${t('practice.replications')}</h2>
  ${p.replications.length
    ? html`<ul class="replications">${p.replications.map((r) => html`<li${langAttrs(ctx, r.language)}>
      <p${langAttrs(ctx, locale, r.language ?? locale)}><strong>${t('practice.replicatedIn', { municipality: r.municipality, country: label(t, 'country', r.country), date: r.startDate ? formatDate(locale, r.startDate) : '–' })}</strong></p>
      <p><span class="label"${langAttrs(ctx, locale, r.language ?? locale)}>${t('practice.replicationChanges')}:</span> ${r.changes}</p>
      <p><span class="label"${langAttrs(ctx, locale, r.language ?? locale)}>${t('practice.replicationOutcomes')}:</span> ${r.outcomes}</p>
    </li>`)}</ul>`
    : html`<p>${t('practice.replicationsNone')}</p>`}
  <p><a href="/${locale}/practices/${d.slug}/replicate">${t('practice.reportReplication')}</a></p>
</section>
${p.related.length ? html`<section aria-labelledby="related"><h2 id="related">${t('practice.related')}</h2><ul class="card-list">${p.related.map((c) => practiceCard(ctx, c, 3))}</ul></section>` : ''}
<section class="share" aria-labelledby="share">
  <h2 id="share">${t('practice.share')}</h2>
  <ul class="inline">
    <li><a href="mailto:?subject=${shareTitle}&amp;body=${shareUrl}">${t('practice.shareEmail')}</a></li>
    <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=${shareUrl}" rel="noopener noreferrer">LinkedIn</a></li>
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=${shareUrl}" rel="noopener noreferrer">Facebook</a></li>
  </ul>
</section>
<p><a href="/${locale}/practices">${t('practice.back')}</a></p>`
}
