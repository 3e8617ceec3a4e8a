import type { FastifyInstance } from 'fastify'
import { pageTags } from '../../cache/page-tags'
import { lexicalToHtml } from '../../rich-text/lexical-to-html'
import { NotFound } from '../../web/context'
import { html, trusted } from '../../web/html'
import { layout } from '../../web/layout'
import { breadcrumbs } from '../../web/partials/breadcrumbs'
import { fallbackNotice, langAttr } from '../../web/localized'
import { publicPage, type Deps } from '../../web/public-page'
import { getPage } from './get-page'

export function registerPageRoutes(app: FastifyInstance, deps: Deps): void {
  // Registered last among /:locale/* routes: Fastify prefers the static segments (news, themes).
  app.get(
    '/:locale/:slug',
    publicPage(deps, async (ctx, params) => {
      if (!/^[a-z0-9-]{1,120}$/.test(params.slug)) throw new NotFound()
      const page = await getPage(ctx, params.slug)
      if (!page) throw new NotFound()
      const main = html`${breadcrumbs(ctx, [], { label: page.title, language: page.shown.language })}
${fallbackNotice(ctx, page.shown)}
<article${langAttr(ctx, page.shown.language)}>
  <h1>${page.title}</h1>
  ${page.summary ? html`<p class="lead">${page.summary}</p>` : ''}
  <div class="prose">${trusted(lexicalToHtml(page.body))}</div>
</article>`
      const meta = { title: page.title, description: page.summary || ctx.t('site.description'), path: `/${page.slug}` }
      return { body: layout(ctx, meta, main), tags: pageTags.page(page.id) }
    }),
  )
}
