import { formatDate } from '../../../i18n/format'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { langAttr, readerLangInside } from '../../../web/localized'
import { cardLanguages } from '../../../web/partials/language-filter'
import type { NewsCard } from '../news-view'

/** One news teaser; `level` keeps the heading order right where the card is placed. */
export function newsCard(ctx: PageContext, item: NewsCard, level: 2 | 3 = 2): SafeHtml {
  const href = `/${ctx.locale}/news/${item.slug}`
  const heading =
    level === 2 ? html`<h2><a href="${href}">${item.title}</a></h2>` : html`<h3><a href="${href}">${item.title}</a></h3>`
  // Optional parts bring their own line break, so a card without one leaves no blank, indented line.
  const image = item.image
    ? html`
  <img src="${item.image.url}" alt="${item.image.alt}"${item.image.altLanguage !== item.shown.language ? html` lang="${item.image.altLanguage}"` : ''} width="${item.image.width}" height="${item.image.height}" loading="lazy">`
    : ''
  const summary = item.summary ? html`
  <p>${item.summary}</p>` : ''
  return html`<li class="card"${langAttr(ctx, item.shown.language)}>${image}
  ${heading}
  <p class="meta"${readerLangInside(ctx, item.shown)}><time datetime="${item.publishedAt.slice(0, 10)}">${formatDate(ctx.locale, item.publishedAt)}</time>${item.shown.isFallback ? html` · ${ctx.t(`language.in.${item.shown.language}`)}` : ''}</p>${summary}
  ${cardLanguages(ctx, item.languages, item.shown.language)}
</li>`
}
