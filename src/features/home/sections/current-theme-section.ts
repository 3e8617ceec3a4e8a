import type { HomeSection } from '../../../capabilities/capability'
import { html } from '../../../web/html'
import { fallbackNotice, langAttr } from '../../../web/localized'
import { listThemes } from '../../themes/list-themes'

/** The theme editors chose to lead the home page (site settings), when one is set and published. */
export const currentThemeSection: HomeSection = {
  id: 'current-theme',
  order: 60,
  render: async (ctx) => {
    const { t, locale } = ctx
    if (ctx.chrome.currentThemeId === undefined) return undefined
    const theme = (await listThemes(ctx)).find((th) => th.id === ctx.chrome.currentThemeId)
    if (!theme) return undefined
    return html`<section class="theme-lead" aria-labelledby="current-theme">
  <h2 id="current-theme">${t('home.currentTheme')}</h2>${fallbackNotice(ctx, theme.shown)}
  <div${langAttr(ctx, theme.shown.language)}>
    <p><strong>${theme.title}</strong></p>
    ${theme.description ? html`<p>${theme.description}</p>` : ''}
  </div>
  <p><a href="/${locale}/themes/${theme.slug}">${t('home.themeLink', { theme: theme.title })}</a></p>
</section>`
  },
}
