import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { PageContext } from '../../../web/context'
import { NotFound } from '../../../web/context'
import { withBotTraps } from '../../../web/forms/bot-checks'
import type { FieldError } from '../../../web/forms/field-error'
import { formContext } from '../../../web/forms/form-context'
import { readForm, uploadedFiles, type FormLimits } from '../../../web/forms/form-scope'
import { openReceipt, sealReceipt } from '../../../web/forms/receipt'
import { sendFormPage } from '../../../web/forms/send-form-page'
import { thanksView } from '../../../web/forms/thanks-view'
import { botTrapsOf, guardFields, guardForm } from '../../../web/form-guard'
import { layout } from '../../../web/layout'
import type { Deps } from '../../../web/public-page'
import { listThemes } from '../../themes/list-themes'
import { AttachmentRefused, submitPractice } from './submit-practice'
import { proposalFormView } from './templates/proposal-form'
import { proposalLimits, validateProposal } from './validate-proposal'

/** The public proposal form: GET shows it, POST validates and stores, then the thank-you page. */
export function registerProposalRoutes(scope: FastifyInstance, deps: Deps, limits: FormLimits): void {
  async function renderForm(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, values: unknown, errors: readonly FieldError[], status: number) {
    const themes = await listThemes(ctx)
    const main = proposalFormView(ctx, { csrf: guardFields(deps, req, reply), themes, values, errors })
    const meta = { title: ctx.t('propose.title'), description: ctx.t('practices.proposeIntro'), path: '/practices/propose' }
    return sendFormPage(reply, layout(ctx, meta, main), status)
  }

  scope.get('/:locale/practices/propose', async (req, reply) => renderForm(await formContext(deps, req), req, reply, {}, [], 200))

  scope.post(
    '/:locale/practices/propose',
    {
      preValidation: readForm(proposalLimits.files, limits),
      ...guardForm(deps, { name: 'propose', limit: 10, windowMs: 10 * 60 * 1000 }),
    },
    async (req, reply) => {
      const ctx = await formContext(deps, req)
      const themes = await listThemes(ctx)
      const result = validateProposal(req.body, uploadedFiles(req), themes)
      const errors = withBotTraps(botTrapsOf(req), result.errors)
      if (errors.length || !result.proposal) return renderForm(ctx, req, reply, req.body, errors, 422)
      try {
        const receipt = await submitPractice({ payload: deps.payload, publicUrl: deps.env.publicUrl }, ctx.locale, result.proposal, result.uploads)
        return reply.redirect(`/${ctx.locale}/practices/propose/thanks?receipt=${sealReceipt(deps.env.payloadSecret, receipt)}`, 303)
      } catch (error) {
        if (!(error instanceof AttachmentRefused)) throw error
        return renderForm(ctx, req, reply, req.body, [{ field: 'attachments', key: 'form.error.fileType', values: { name: error.originalName } }], 422)
      }
    },
  )

  scope.get('/:locale/practices/propose/thanks', async (req, reply) => {
    const ctx = await formContext(deps, req)
    const sealed = (req.query as { receipt?: unknown }).receipt
    const receipt = openReceipt(deps.env.payloadSecret, sealed)
    if (!receipt) throw new NotFound()
    const meta = { title: ctx.t('propose.thanksTitle'), description: ctx.t('practices.proposeIntro'), path: `/practices/propose/thanks?receipt=${String(sealed)}`, noindex: true }
    return sendFormPage(reply, layout(ctx, meta, thanksView(ctx, receipt, 'propose.thanksTitle')), 200, { privateUrl: true })
  })
}
