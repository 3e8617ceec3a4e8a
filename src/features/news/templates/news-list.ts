import { sortByLocale } from '../../../i18n/format'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { filterDisclosure } from '../../../web/partials/filter-disclosure'
import { onlyMineField } from '../../../web/partials/language-filter'
import { onlyMineParam } from '../../../domain/only-mine'
import { pagination } from '../../../web/partials/pagination'
import type { NewsPage } from '../list-news'
import { newsCard } from './news-card'

export function newsListView(ctx: PageContext, data: NewsPage): SafeHtml {
  const { t } = ctx
  const themes = sortByLocale(ctx.locale, data.themes, (th) => th.title)
  const params: Record<string, string> = { ...(data.theme ? { theme: data.theme.slug } : {}), ...(data.onlyMine ? { [onlyMineParam]: 'mine' } : {}) }
  return html`<h1>${t('news.title')}</h1>
${filterDisclosure(ctx, t('news.filterLegend'), (data.theme ? 1 : 0) + (data.onlyMine ? 1 : 0), html`<form class="filters" method="get" action="/${ctx.locale}/news" aria-label="${t('news.filterLegend')}">
  <div>
    <label for="theme">${t('news.themeLabel')}</label>
    <select id="theme" name="theme">
      <option value="">${t('news.allThemes')}</option>
      ${themes.map((th) => html`<option value="${th.slug}"${th.id === data.theme?.id ? html` selected` : ''}>${th.title}</option>`)}
    </select>
  </div>
  ${onlyMineField(ctx, data.onlyMine)}
  <button type="submit">${t('news.filterSubmit')}</button>
</form>`)}
<p role="status">${t('news.count', { count: data.totalDocs })}</p>
${data.items.length
  ? html`<ul class="card-list">${data.items.map((item) => newsCard(ctx, item))}</ul>`
  : html`<p>${t('news.empty')}</p>`}
${pagination(ctx, '/news', data.page, data.totalPages, params)}`
}
