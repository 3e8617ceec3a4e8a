import type { PageContext } from '../context'
import { html, type SafeHtml } from '../html'

/**
 * A list's filter form inside a disclosure. On phones it stays closed above the results, so the first
 * result is near the top; the summary names the filter and how many values are chosen. On wide screens
 * the stylesheet shows the form as an open sidebar or row and hides the summary. A native
 * <details>: it opens and closes without JavaScript, from the keyboard, and announces its state.
 */
export function filterDisclosure(ctx: PageContext, label: string, chosen: number, form: SafeHtml): SafeHtml {
  return html`<details class="filter-panel">
<summary>${label}${chosen > 0 ? html` <span class="filter-count">(${ctx.t('filters.chosen', { count: chosen })})</span>` : ''}</summary>
${form}
</details>`
}
