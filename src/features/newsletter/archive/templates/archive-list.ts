import { formatDate } from '../../../../i18n/format'
import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'
import { langAttr, readerLangInside } from '../../../../web/localized'
import type { IssueCard } from '../issue-view'

/** The archive page: sent issues, newest first, each in the reader's language or its fallback. */
export function archiveListView(ctx: PageContext, issues: readonly IssueCard[]): SafeHtml {
  const { t, locale } = ctx
  return html`<h1>${t('newsletter.archiveTitle')}</h1>
<p class="lead">${t('newsletter.archiveDescription')}</p>
<p><a href="/${locale}/newsletter">${t('newsletter.submit')}</a> · <a href="/${locale}/newsletter/archive/feed.xml" type="application/atom+xml">${t('newsletter.feedLink')}</a></p>
${issues.length
  ? html`<ul class="card-list">${issues.map(
      (i) => html`<li class="card"${langAttr(ctx, i.shown.language)}>
  <h2><a href="/${locale}/newsletter/archive/${i.slug}">${i.title}</a></h2>
  <p class="meta"${readerLangInside(ctx, i.shown)}>${t('newsletter.sentOn', { date: formatDate(locale, i.sentAt) })}</p>
  ${i.preheader ? html`<p>${i.preheader}</p>` : ''}
</li>`,
    )}</ul>`
  : html`<p>${t('newsletter.archiveEmpty')}</p>`}`
}
