import type { PageContext } from '../context'
import { html, type SafeHtml } from '../html'

/** Previous/next links that keep the other query parameters; works without JavaScript. */
export function pagination(
  ctx: PageContext,
  basePath: string,
  page: number,
  pages: number,
  params: Record<string, string> | [string, string][] = {},
): SafeHtml {
  if (pages <= 1) return html``
  const href = (p: number) => {
    const q = new URLSearchParams(params)
    if (p > 1) q.set('page', String(p))
    const s = q.toString()
    return `/${ctx.locale}${basePath}${s ? `?${s}` : ''}`
  }
  // The links bring their own line breaks, so the first and last pages leave no blank, indented line.
  const previous = page > 1 ? html`
    <li><a href="${href(page - 1)}" rel="prev">${ctx.t('pagination.previous')}</a></li>` : ''
  const next = page < pages ? html`
    <li><a href="${href(page + 1)}" rel="next">${ctx.t('pagination.next')}</a></li>` : ''
  return html`<nav class="pagination" aria-label="${ctx.t('pagination.label')}">
  <ul>${previous}
    <li aria-current="page">${ctx.t('pagination.status', { page, pages })}</li>${next}
  </ul>
</nav>`
}
