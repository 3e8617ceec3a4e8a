import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole } from '../../../access/roles'
import { isLocale } from '../../../i18n/locales'
import { fillDigest } from '../digest/fill-digest'
import { newsletterPreviewHtml } from '../sending/newsletter-preview-html'
import type { IssueAllLocales } from '../sending/compose-newsletter-mail'
import { parseTestRecipients, queueTestSend } from './queue-test-send'
import { scheduleIssue } from './schedule-issue'
import { unscheduleIssue } from './unschedule-issue'

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

/** The editor's issue id from the path, or a ready error response. */
function editorsIssue(req: PayloadRequest): number | Response {
  if (!hasRole(req.user, 'admin', 'editor')) return json(403, { errors: [{ message: 'Forbidden' }] })
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 ? id : json(404, { errors: [{ message: 'Not Found' }] })
}

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const data: unknown = req.json ? await req.json() : {}
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * The issue's actions in the admin (IssueActions): preview, fill a digest draft, send a test, schedule or
 * send now, and take a schedule back. Editors only; each answers JSON with what happened.
 */
export const issueEndpoints: Endpoint[] = [
  {
    // The mail as a subscriber in that language would get it (personal links are placeholders).
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => {
      const id = editorsIssue(req)
      if (id instanceof Response) return id
      const locale = new URL(req.url ?? '', 'http://x').searchParams.get('locale')
      if (!isLocale(locale)) return json(400, { outcome: 'badInput' })
      const issue = await req.payload.findByID({ collection: 'newsletter-issues', id, locale: 'all', depth: 0, overrideAccess: true, disableErrors: true })
      if (!issue) return json(404, { errors: [{ message: 'Not Found' }] })
      const html = newsletterPreviewHtml(issue as unknown as IssueAllLocales, locale, req.payload.config.serverURL)
      return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } })
    },
  },
  {
    path: '/:id/digest',
    method: 'post',
    handler: async (req) => {
      const id = editorsIssue(req)
      if (id instanceof Response) return id
      return json(200, { outcome: await fillDigest(req.payload, id) })
    },
  },
  {
    path: '/:id/test',
    method: 'post',
    handler: async (req) => {
      const id = editorsIssue(req)
      if (id instanceof Response) return id
      const data = await body(req)
      const to = parseTestRecipients(String(data.to ?? ''))
      if (!to || !isLocale(data.locale)) return json(400, { outcome: 'badInput' })
      await queueTestSend(req.payload, id, to, data.locale)
      return json(200, { outcome: 'queued' })
    },
  },
  {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) => {
      const id = editorsIssue(req)
      if (id instanceof Response) return id
      const data = await body(req)
      const at = data.at ? new Date(String(data.at)) : new Date()
      if (Number.isNaN(at.getTime())) return json(400, { outcome: 'badInput' })
      const outcome = await scheduleIssue(req.payload, id, at)
      return json(outcome === 'scheduled' ? 200 : 409, { outcome })
    },
  },
  {
    path: '/:id/unschedule',
    method: 'post',
    handler: async (req) => {
      const id = editorsIssue(req)
      if (id instanceof Response) return id
      return (await unscheduleIssue(req.payload, id)) ? json(200, { outcome: 'draft' }) : json(409, { outcome: 'notScheduled' })
    },
  },
]
