import { pageTags } from '../../cache/page-tags'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { BadRequest, NotFound } from '../../web/context'
import { layout } from '../../web/layout'
import { publicPage, type Deps } from '../../web/public-page'
import { openStoredFile } from '../../storage/open-stored-file'
import { getPractice } from './get-practice'
import { listPractices } from './list-practices'
import { practiceAttachments } from './practice-attachments'
import { criteriaPageView } from './templates/criteria-page'
import { practiceListView } from './templates/practice-list'
import { practicePageView } from './templates/practice-page'

const slugPattern = /^[a-z0-9-]{1,120}$/

export function registerPracticeRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/practices',
    publicPage(deps, async (ctx) => {
      const data = await listPractices(ctx, ctx.search)
      if (data.query.page > data.totalPages) throw new NotFound()
      const meta = { title: ctx.t('practices.title'), description: ctx.t('practices.description'), path: '/practices' }
      return { body: layout(ctx, meta, practiceListView(ctx, data)), tags: pageTags.practices }
    }),
  )

  app.get(
    '/:locale/practices/criteria',
    publicPage(deps, async (ctx) => {
      const meta = { title: ctx.t('practices.criteria.title'), description: ctx.t('practices.criteria.intro'), path: '/practices/criteria' }
      return { body: layout(ctx, meta, criteriaPageView(ctx)), tags: [] }
    }),
  )

  app.get(
    '/:locale/practices/:slug',
    publicPage(deps, async (ctx, params) => {
      if (!slugPattern.test(params.slug)) throw new NotFound()
      const practice = await getPractice(ctx, params.slug)
      if (!practice) throw new NotFound()
      const meta = { title: practice.title, description: practice.summary, path: `/practices/${practice.doc.slug}`, ogType: 'article' as const }
      return { body: layout(ctx, meta, practicePageView(ctx, practice)), tags: pageTags.practices }
    }),
  )

  // Attachments are served only as part of a published practice, never by bare file name.
  app.get('/:locale/practices/:slug/files/:id', async (req, reply) => {
    const { slug, id } = req.params as { slug: string; id: string }
    if (!slugPattern.test(slug) || !/^\d{1,10}$/.test(id)) throw new BadRequest()
    const found = await deps.payload.find({
      collection: 'practices',
      where: { slug: { equals: slug } },
      select: { attachments: true },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: null,
    })
    const practice = found.docs[0]
    const attachment = practice && (await practiceAttachments(deps.payload, practice)).find((a) => a.id === Number(id))
    if (!attachment) throw new NotFound()
    // On disk or in object storage; the attachment document says where (its access was checked above).
    const file = await openStoredFile(deps.payload, 'attachments', attachment.filename, attachment)
    if (!file) throw new NotFound()
    reply.header('content-type', attachment.mimeType)
    if (file.size !== undefined) reply.header('content-length', file.size)
    reply.header('content-disposition', `inline; filename="${path.basename(attachment.filename).replace(/"/g, '')}"`)
    reply.header('x-content-type-options', 'nosniff')
    reply.header('cache-control', 'public, max-age=3600')
    return reply.send(file.stream)
  })
}
