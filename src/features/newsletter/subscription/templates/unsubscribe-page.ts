import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'

/**
 * The one-click address opened in a browser (GET): asks, with one button that posts to the same
 * address. The post (from a mail client, RFC 8058, or this button) unsubscribes.
 */
export function unsubscribePageView(ctx: PageContext, data: { email: string; token: string; done: boolean }): SafeHtml {
  const { t, locale } = ctx
  if (data.done) {
    return html`<h1>${t('newsletter.unsubscribeTitle')}</h1>
<p class="notice" role="status">${t('newsletter.unsubscribed')}</p>
<p><a href="/${locale}/newsletter">${t('newsletter.resubscribe')}</a></p>`
  }
  return html`<h1>${t('newsletter.unsubscribeTitle')}</h1>
<p>${t('newsletter.unsubscribeIntro', { email: data.email })}</p>
<form method="post" action="/${locale}/newsletter/unsubscribe/${data.token}">
  <p><button type="submit">${t('newsletter.unsubscribeButton')}</button></p>
</form>`
}

/** After erasing: the personal link no longer leads anywhere. */
export function erasedView(ctx: PageContext): SafeHtml {
  return html`<h1>${ctx.t('newsletter.prefsTitle')}</h1>
<p class="notice" role="status">${ctx.t('newsletter.erased')}</p>
<p><a href="/${ctx.locale}/newsletter">${ctx.t('newsletter.resubscribe')}</a></p>`
}
