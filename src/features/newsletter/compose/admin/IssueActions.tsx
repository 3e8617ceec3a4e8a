import type { ServerProps } from 'payload'
import { localeNames, locales, isLocale, type Locale } from '../../../../i18n/locales'
import type { NewsletterIssue } from '../../../../payload-types'
import { IssueActionButtons } from './IssueActionButtons'
import { issueActionsText } from './issue-actions-text'

/**
 * In an issue's edit view: fill a digest, preview, send a test, schedule or send, in the editor's
 * admin language. What an action may do is decided by the endpoints (issue-endpoints.ts).
 */
export function IssueActions(props: ServerProps & { data?: Partial<NewsletterIssue>; id?: number | string }) {
  const lang: Locale = isLocale(props.i18n.language) ? props.i18n.language : 'en'
  const text = Object.fromEntries(Object.entries(issueActionsText).map(([k, v]) => [k, v[lang]])) as Record<keyof typeof issueActionsText, string>
  const id = Number(props.id ?? props.data?.id)
  if (!Number.isInteger(id) || id <= 0) return <p>{text.saveFirst}</p>
  const status = props.data?.status ?? 'draft'
  return (
    <IssueActionButtons
      api={`${props.payload.config.routes.api}/newsletter-issues/${id}`}
      deliveries={`${props.payload.config.routes.admin}/collections/newsletter-deliveries?where[issue][equals]=${id}`}
      status={status}
      scheduledAt={props.data?.scheduledAt ?? undefined}
      languages={locales.map((l) => ({ code: l, name: localeNames[l] }))}
      lang={lang}
      text={text}
    />
  )
}
