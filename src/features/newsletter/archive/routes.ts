import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../../cache/page-tags'
import { NotFound } from '../../../web/context'
import { atomFeed } from '../../../web/atom-feed'
import { layout } from '../../../web/layout'
import { publicPage, type Deps } from '../../../web/public-page'
import { getSentIssue } from './get-sent-issue'
import { listSentIssues } from './list-sent-issues'
import { archiveIssueView } from './templates/archive-issue'
import { archiveListView } from './templates/archive-list'

const slugPattern = /^[a-z0-9-]{1,120}$/

/** The archive of sent issues: a list, one page per issue, and an Atom feed (cached like all public pages). */
export function registerArchiveRoutes(app: FastifyInstance, deps: Deps): void {
  app.get(
    '/:locale/newsletter/archive',
    publicPage(deps, async (ctx) => {
      const meta = { title: ctx.t('newsletter.archiveTitle'), description: ctx.t('newsletter.archiveDescription'), path: '/newsletter/archive' }
      return { body: layout(ctx, meta, archiveListView(ctx, await listSentIssues(ctx))), tags: pageTags.newsletter }
    }),
  )

  app.get(
    '/:locale/newsletter/archive/feed.xml',
    publicPage(deps, async (ctx) => {
      const issues = await listSentIssues(ctx, 30)
      const base = `${ctx.env.publicUrl}/${ctx.locale}/newsletter/archive`
      const body = atomFeed({
        locale: ctx.locale,
        self: `${base}/feed.xml`,
        alternate: base,
        title: ctx.t('newsletter.feedTitle'),
        updated: issues[0]?.sentAt ?? new Date(0).toISOString(),
        entries: issues.map((i) => ({ url: `${base}/${i.slug}`, title: i.title, language: i.shown.language, published: i.sentAt, updated: i.sentAt, summary: i.preheader })),
      })
      return { body, contentType: 'application/atom+xml; charset=utf-8', tags: pageTags.newsletter }
    }),
  )

  app.get(
    '/:locale/newsletter/archive/:slug',
    publicPage(deps, async (ctx, params) => {
      const slug = params.slug
      if (!slugPattern.test(slug)) throw new NotFound()
      const issue = await getSentIssue(ctx, slug)
      if (!issue) throw new NotFound()
      const meta = { title: issue.title, description: issue.preheader || issue.title, path: `/newsletter/archive/${slug}`, ogType: 'article' as const }
      return { body: layout(ctx, meta, archiveIssueView(ctx, issue)), tags: pageTags.newsletter }
    }),
  )
}
