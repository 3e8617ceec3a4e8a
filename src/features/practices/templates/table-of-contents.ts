import type { MessageKey } from '../../../i18n/messages/en'
import type { PageContext } from '../../../web/context'
import { html, type SafeHtml } from '../../../web/html'

/** A section a page's contents link to: the id of its <section> and its heading's message. */
export type TocEntry = { id: string; heading: MessageKey }

/** Below this many sections a page is short enough to read through: no contents. */
export const tocMinimum = 3

/**
 * "Contents" of a long page (GOV.UK's pattern): in-page links to its sections, in their order, in the
 * reader's language (`inside` sets lang when the page's text is in another one).
 */
export function tableOfContents(ctx: PageContext, entries: readonly TocEntry[], inside: SafeHtml): SafeHtml {
  const { t } = ctx
  if (entries.length < tocMinimum) return html``
  return html`<nav class="toc" aria-labelledby="toc-title"${inside}>
  <h2 id="toc-title">${t('toc.title')}</h2>
  <ol>${entries.map((e) => html`<li><a href="#${e.id}">${t(e.heading)}</a></li>`)}</ol>
</nav>`
}
