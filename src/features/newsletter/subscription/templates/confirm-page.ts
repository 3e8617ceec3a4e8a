import type { PageContext } from '../../../../web/context'
import { html, type SafeHtml } from '../../../../web/html'

/**
 * The confirmation link's page: one button. Confirming takes a click (a POST), not the GET of the
 * link, so a mail scanner that opens every link cannot subscribe anyone.
 */
export function confirmPageView(ctx: PageContext, data: { csrf: SafeHtml; email: string; token: string } | undefined): SafeHtml {
  const { t, locale } = ctx
  if (!data) {
    return html`<h1>${t('newsletter.confirmTitle')}</h1>
<p class="notice" role="status">${t('newsletter.linkInvalid')}</p>
<p><a href="/${locale}/newsletter">${t('newsletter.title')}</a></p>`
  }
  return html`<h1>${t('newsletter.confirmTitle')}</h1>
<p>${t('newsletter.confirmIntro', { email: data.email })}</p>
<form method="post" action="/${locale}/newsletter/confirm/${data.token}">
  ${data.csrf}
  <p><button type="submit">${t('newsletter.confirmButton')}</button></p>
</form>`
}
