import type { FastifyInstance } from 'fastify'
import type { CollectionConfig, CollectionSlug, GlobalConfig, TaskConfig } from 'payload'
import type { Env } from '../config/env'
import type { MessageKey } from '../i18n/messages/en'
import type { PageContext } from '../web/context'
import type { SafeHtml } from '../web/html'
import type { Deps } from '../web/public-page'

export type RegisterRoutes = (app: FastifyInstance, deps: Deps) => void

/** A link in the site's main navigation; entries of all capabilities are shown by `order`. */
export type NavEntry = { path: string; label: MessageKey; order: number }

/**
 * One section of the home page. `render` returns undefined when the section has nothing to show:
 * the home page makes no empty promises. Sections are shown by `order`; the slots taken and reserved:
 *   10 search · 20 entry by theme · 30 entry by country · 40 featured practices · 50 recent practices ·
 *   60 current theme · 70 latest news · reserved for coming capabilities: 80 events · 90 research ·
 *   100 statistics · 110 newsletter sign-up.
 * A new capability adds its section in its registry entry (`home`), with its own heading (h2) and an
 * `aria-labelledby` on its <section>; see features/home/sections/ for the pattern.
 */
export type HomeSection = { id: string; order: number; render: (ctx: PageContext) => Promise<SafeHtml | undefined> }

/** Public documents of one collection in the sitemap, each at `path(slug)` in every locale. */
export type SitemapDocuments = { collection: CollectionSlug; path: (slug: string) => string }

/**
 * Everything one capability contributes to the app. The composition (Payload config, routes, nav,
 * sitemap, jobs) reads the list in capabilities/registry.ts, so adding a capability is one entry.
 */
export type Capability = {
  name: string
  /** Payload collections, given the environment (uploads need the data directory). */
  collections?: (env: Env) => CollectionConfig[]
  globals?: GlobalConfig[]
  /** Job queue tasks (slugs are an enum in the PostgreSQL schema: a new one needs a migration). */
  tasks?: TaskConfig[]
  /**
   * The public routes, loaded lazily: the Payload config (and so Next's admin) reads this registry
   * and must not pull in the web layer.
   */
  routes?: () => Promise<RegisterRoutes>
  nav?: NavEntry[]
  /** Home page sections, loaded lazily like the routes (they render HTML: the web layer). */
  home?: () => Promise<readonly HomeSection[]>
  sitemap?: { paths?: string[]; documents?: SitemapDocuments[] }
  /** Collections whose published documents are looked up by slug (detail pages, see domain/find-by-slug). */
  bySlug?: readonly CollectionSlug[]
}
