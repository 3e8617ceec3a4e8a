import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFound, type PageContext } from '../../../web/context'
import { withBotTraps } from '../../../web/forms/bot-checks'
import type { FieldError } from '../../../web/forms/field-error'
import { formContext } from '../../../web/forms/form-context'
import { FormReader } from '../../../web/forms/form-reader'
import { readForm, type FormLimits } from '../../../web/forms/form-scope'
import { sendFormPage } from '../../../web/forms/send-form-page'
import { botTrapsOf, guardFields, guardForm } from '../../../web/form-guard'
import { layout } from '../../../web/layout'
import type { Deps } from '../../../web/public-page'
import { readProposalText } from '../../practices/submit/validate-proposal'
import { readReplicationText } from '../../replications/validate-replication'
import { findSubmissionByToken, type Submission } from './find-submission-by-token'
import { resubmit } from './resubmit'
import { statusPageView } from './templates/status-page'

/**
 * The submitter's private status page at /:locale/submissions/:token, and the update form shown
 * there while editors ask for changes. The token in the address is the permission; pages are
 * never cached, never indexed and send no referrer.
 */
export function registerStatusRoutes(scope: FastifyInstance, deps: Deps, limits: FormLimits): void {
  async function load(ctx: PageContext, token: string): Promise<Submission> {
    const submission = await findSubmissionByToken(deps.payload, token, ctx.locale)
    if (!submission) throw new NotFound()
    return submission
  }

  function render(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, token: string, submission: Submission, extra: { updated?: boolean; values?: unknown; errors?: readonly FieldError[] }, status = 200) {
    const csrf = submission.status === 'changes-requested' ? guardFields(deps, req, reply) : undefined
    const main = statusPageView(ctx, { submission, token, updated: extra.updated ?? false, csrf, values: extra.values, errors: extra.errors ?? [] })
    const meta = { title: ctx.t('submission.title'), description: ctx.t('submission.title'), path: `/submissions/${token}`, noindex: true }
    return sendFormPage(reply, layout(ctx, meta, main), status, { privateUrl: true })
  }

  scope.get('/:locale/submissions/:token', async (req, reply) => {
    const ctx = await formContext(deps, req)
    const { token } = req.params as { token: string }
    const submission = await load(ctx, token)
    return render(ctx, req, reply, token, submission, { updated: (req.query as { updated?: string }).updated === '1' })
  })

  scope.post(
    '/:locale/submissions/:token',
    { preValidation: readForm(0, limits), ...guardForm(deps, { name: 'resubmit', limit: 10, windowMs: 10 * 60 * 1000 }) },
    async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const submission = await load(ctx, token)
      const statusUrl = `/${ctx.locale}/submissions/${token}`
      // Already sent back (a second click) or moved on by the editors: just show the current state.
      if (submission.status !== 'changes-requested') return reply.redirect(statusUrl, 303)
      const f = new FormReader(req.body)
      const update = submission.kind === 'practice' ? readProposalText(f) : readReplicationText(f)
      const errors = withBotTraps(botTrapsOf(req), f.errors)
      if (errors.length) return render(ctx, req, reply, token, submission, { values: req.body, errors }, 422)
      await resubmit(deps.payload, submission, update)
      return reply.redirect(`${statusUrl}?updated=1`, 303)
    },
  )
}
