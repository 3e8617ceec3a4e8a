import { formatDate } from '../../../../i18n/format'
import { lexicalToHtml } from '../../../../rich-text/lexical-to-html'
import type { PageContext } from '../../../../web/context'
import { html, trusted, type SafeHtml } from '../../../../web/html'
import { fallbackNotice, langAttr, readerLangInside } from '../../../../web/localized'
import { breadcrumbs } from '../../../../web/partials/breadcrumbs'
import type { IssuePage } from '../issue-view'

/** A sent issue as a web page (the same text the subscribers got in this language). */
export function archiveIssueView(ctx: PageContext, issue: IssuePage): SafeHtml {
  const { t, locale } = ctx
  return html`${breadcrumbs(ctx, [{ label: t('newsletter.archiveTitle'), path: '/newsletter/archive' }], { label: issue.title, language: issue.shown.language })}
${fallbackNotice(ctx, issue.shown)}
<article${langAttr(ctx, issue.shown.language)}>
  <h1>${issue.title}</h1>
  <p class="meta"${readerLangInside(ctx, issue.shown)}>${t('newsletter.sentOn', { date: formatDate(locale, issue.sentAt) })}</p>
  ${issue.preheader ? html`<p class="lead">${issue.preheader}</p>` : ''}
  <div class="prose">${trusted(lexicalToHtml(issue.body))}</div>
</article>
<p><a href="/${locale}/newsletter">${t('newsletter.submit')}</a> · <a href="/${locale}/newsletter/archive">${t('newsletter.archiveTitle')}</a></p>`
}
