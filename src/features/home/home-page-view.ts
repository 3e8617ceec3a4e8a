import { homeSections } from '../../capabilities/compose'
import type { PageContext } from '../../web/context'
import { html, type SafeHtml } from '../../web/html'

/**
 * The home page: the site's name and purpose, then every capability's sections in their order
 * (see HomeSection in capabilities/capability.ts). A section with nothing to show is left out.
 */
export async function renderHomePage(ctx: PageContext): Promise<SafeHtml> {
  const { t } = ctx
  const sections = await homeSections()
  const rendered = await Promise.all(sections.map((s) => s.render(ctx)))
  return html`<h1>${t('site.name')}</h1>
<p class="lead">${t('site.purpose')}</p>
<div class="home-sections">${rendered.filter((r): r is SafeHtml => Boolean(r))}</div>`
}
