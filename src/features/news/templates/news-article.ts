import { formatDate } from '../../../i18n/format'
import { lexicalToHtml } from '../../../rich-text/lexical-to-html'
import type { PageContext } from '../../../web/context'
import { html, trusted, type SafeHtml } from '../../../web/html'
import { fallbackNotice, langAttr, readerLangInside } from '../../../web/localized'
import { breadcrumbs } from '../../../web/partials/breadcrumbs'
import type { NewsArticle } from '../news-view'

export function newsArticleView(ctx: PageContext, a: NewsArticle): SafeHtml {
  const { t, locale } = ctx
  return html`${breadcrumbs(ctx, [{ label: t('news.title'), path: '/news' }], { label: a.title, language: a.shown.language })}
${fallbackNotice(ctx, a.shown)}
<article${langAttr(ctx, a.shown.language)}>
  <h1>${a.title}</h1>
  <p class="meta"${readerLangInside(ctx, a.shown)}>${t('news.published', { date: formatDate(locale, a.publishedAt) })}</p>
  ${a.summary ? html`<p class="lead">${a.summary}</p>` : ''}
  ${a.image ? html`<img src="${a.image.url}" alt="${a.image.alt}"${a.image.altLanguage !== a.shown.language ? html` lang="${a.image.altLanguage}"` : ''} width="${a.image.width}" height="${a.image.height}">` : ''}
  <div class="prose">${trusted(lexicalToHtml(a.body))}</div>
</article>
<aside aria-label="${t('news.themes')}">
  ${a.themes.length
    ? html`<h2>${t('news.themes')}</h2><ul class="tags">${a.themes.map((th) => html`<li${langAttr(ctx, th.shown.language)}><a href="/${locale}/themes/${th.slug}">${th.title}</a></li>`)}</ul>`
    : ''}
  ${a.countries.length
    ? html`<h2>${t('news.countries')}</h2><ul class="tags">${a.countries.map((c) => html`<li>${t(`country.${c}` as 'country.SE')}</li>`)}</ul>`
    : ''}
  <p><a href="/${locale}/news">${t('news.back')}</a></p>
</aside>`
}
