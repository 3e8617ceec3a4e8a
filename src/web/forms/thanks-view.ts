import type { MessageKey } from '../../i18n/messages/en'
import type { PageContext } from '../context'
import type { Receipt } from './receipt'
import { html, type SafeHtml } from '../html'

/** The page after a proposal or replication report was stored: its reference and where the receipt went. */
export function thanksView(ctx: PageContext, receipt: Receipt, titleKey: MessageKey): SafeHtml {
  const { t, locale } = ctx
  return html`<h1>${t(titleKey)}</h1>
<p class="lead" role="status">${t('propose.thanksText', { reference: receipt.reference, email: receipt.email })}</p>
<p><a href="/${locale}/practices">${t('practice.back')}</a></p>`
}
