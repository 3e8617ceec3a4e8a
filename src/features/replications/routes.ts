import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFound, type PageContext } from '../../web/context'
import { findBySlug } from '../../domain/find-by-slug'
import { withBotTraps } from '../../web/forms/bot-checks'
import type { FieldError } from '../../web/forms/field-error'
import { formContext } from '../../web/forms/form-context'
import { readForm, type FormLimits } from '../../web/forms/form-scope'
import { openReceipt, sealReceipt } from '../../web/forms/receipt'
import { sendFormPage } from '../../web/forms/send-form-page'
import { thanksView } from '../../web/forms/thanks-view'
import { botTrapsOf, guardFields, guardForm } from '../../web/form-guard'
import { layout } from '../../web/layout'
import { shownLanguage, text } from '../../web/localized'
import type { Deps } from '../../web/public-page'
import { reportReplication } from './report-replication'
import { replicationFormView } from './templates/replication-form'
import { validateReplication } from './validate-replication'

const slugPattern = /^[a-z0-9-]{1,120}$/

/** A published practice by slug, in the reader's language (with fallback); 404 otherwise. */
async function publishedPractice(ctx: PageContext, slug: string) {
  if (!slugPattern.test(slug)) throw new NotFound()
  const doc = await findBySlug(ctx, 'practices', slug, 0)
  const shown = doc && shownLanguage(ctx.locale, doc.title)
  if (!doc || !shown) throw new NotFound()
  return { id: doc.id, slug: doc.slug, title: text(doc.title, shown.language), language: shown.language }
}

/** "We did this too": report a replication of a published practice. */
export function registerReplicationRoutes(scope: FastifyInstance, deps: Deps, limits: FormLimits): void {
  type Practice = Awaited<ReturnType<typeof publishedPractice>>
  function renderForm(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, practice: Practice, values: unknown, errors: readonly FieldError[], status: number) {
    const main = replicationFormView(ctx, { csrf: guardFields(deps, req, reply), practice, values, errors })
    const meta = {
      title: `${ctx.t('replicate.title')}: ${practice.title}`,
      description: ctx.t('replicate.intro', { practice: practice.title }),
      path: `/practices/${practice.slug}/replicate`,
      noindex: true,
    }
    return sendFormPage(reply, layout(ctx, meta, main), status)
  }

  scope.get('/:locale/practices/:slug/replicate', async (req, reply) => {
    const ctx = await formContext(deps, req)
    const practice = await publishedPractice(ctx, (req.params as { slug: string }).slug)
    return renderForm(ctx, req, reply, practice, {}, [], 200)
  })

  scope.post(
    '/:locale/practices/:slug/replicate',
    { preValidation: readForm(0, limits), ...guardForm(deps, { name: 'replicate', limit: 10, windowMs: 10 * 60 * 1000 }) },
    async (req, reply) => {
      const ctx = await formContext(deps, req)
      const practice = await publishedPractice(ctx, (req.params as { slug: string }).slug)
      const result = validateReplication(req.body)
      const errors = withBotTraps(botTrapsOf(req), result.errors)
      if (errors.length || !result.report) return renderForm(ctx, req, reply, practice, req.body, errors, 422)
      const receipt = await reportReplication({ payload: deps.payload, publicUrl: deps.env.publicUrl }, ctx.locale, practice, result.report)
      return reply.redirect(`/${ctx.locale}/practices/${practice.slug}/replicate/thanks?receipt=${sealReceipt(deps.env.payloadSecret, receipt)}`, 303)
    },
  )

  scope.get('/:locale/practices/:slug/replicate/thanks', async (req, reply) => {
    const ctx = await formContext(deps, req)
    const { slug } = req.params as { slug: string }
    const sealed = (req.query as { receipt?: unknown }).receipt
    const receipt = openReceipt(deps.env.payloadSecret, sealed)
    if (!receipt || !slugPattern.test(slug)) throw new NotFound()
    const meta = { title: ctx.t('replicate.thanksTitle'), description: ctx.t('replicate.thanksTitle'), path: `/practices/${slug}/replicate/thanks?receipt=${String(sealed)}`, noindex: true }
    return sendFormPage(reply, layout(ctx, meta, thanksView(ctx, receipt, 'replicate.thanksTitle')), 200, { privateUrl: true })
  })
}
