import { sortByLocale } from '../../../i18n/format'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'
import { breadcrumbs } from '../../../web/partials/breadcrumbs'
import { fallbackNotice, langAttr } from '../../../web/localized'
import { pagination } from '../../../web/partials/pagination'
import { filterDisclosure } from '../../../web/partials/filter-disclosure'
import { cardLanguages, onlyMineField } from '../../../web/partials/language-filter'
import type { EventCard } from '../../events/calendar/event-view'
import { eventCard } from '../../events/calendar/templates/event-card'
import type { NewsPage } from '../../news/list-news'
import { newsCard } from '../../news/templates/news-card'
import type { PracticeCard } from '../../practices/list-practices'
import { practiceCard } from '../../practices/templates/practice-card'
import type { ThemeView } from '../list-themes'

export function themeListView(ctx: PageContext, themes: ThemeView[], onlyMine = false): SafeHtml {
  const { t, locale } = ctx
  const sorted = sortByLocale(locale, themes, (th) => th.title)
  return html`<h1>${t('themes.title')}</h1>
${filterDisclosure(ctx, t('themes.filters'), onlyMine ? 1 : 0, html`<form class="filters" method="get" action="/${locale}/themes" aria-label="${t('themes.filters')}">
  ${onlyMineField(ctx, onlyMine)}
  <button type="submit">${t('news.filterSubmit')}</button>
</form>`)}
<ul class="card-list">${sorted.map(
    (th) => html`<li class="card"${langAttr(ctx, th.shown.language)}>
  <h2><a href="/${locale}/themes/${th.slug}">${th.title}</a></h2>${th.shown.isFallback ? html`
  <p class="meta" lang="${locale}">${t(`language.in.${th.shown.language}`)}</p>` : ''}${th.description ? html`
  <p>${th.description}</p>` : ''}
  ${cardLanguages(ctx, th.languages ?? [], th.shown.language)}
</li>`,
  )}</ul>`
}

export function themeView(ctx: PageContext, theme: ThemeView, news: NewsPage, practices: PracticeCard[], events: EventCard[] = []): SafeHtml {
  return html`${breadcrumbs(ctx, [{ label: ctx.t('themes.title'), path: '/themes' }], { label: theme.title, language: theme.shown.language })}
${fallbackNotice(ctx, theme.shown)}
<div${langAttr(ctx, theme.shown.language)}>
  <h1>${theme.title}</h1>
  ${theme.description ? html`<p class="lead">${theme.description}</p>` : ''}
</div>
<h2>${ctx.t('themes.practices')}</h2>
${practices.length
  ? html`<ul class="card-list">${practices.map((c) => practiceCard(ctx, c, 3))}</ul>
<p><a href="/${ctx.locale}/practices?theme=${theme.slug}">${ctx.t('practices.title')}: ${theme.title}</a></p>`
  : html`<p>${ctx.t('practices.empty')}</p>`}
${events.length
  ? html`<h2>${ctx.t('calendar.upcoming')}</h2>
<ul class="card-list">${events.map((e) => eventCard(ctx, e, 3))}</ul>
<p><a href="/${ctx.locale}/events?theme=${theme.slug}">${ctx.t('calendar.title')}: ${theme.title}</a></p>`
  : ''}
<h2>${ctx.t('themes.news')}</h2>
${news.items.length
  ? html`<ul class="card-list">${news.items.map((item) => newsCard(ctx, item, 3))}</ul>`
  : html`<p>${ctx.t('news.empty')}</p>`}
${pagination(ctx, `/themes/${theme.slug}`, news.page, news.totalPages)}`
}
