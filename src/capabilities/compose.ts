import type { CollectionConfig, GlobalConfig, TaskConfig } from 'payload'
import type { Env } from '../config/env'
import type { Capability, HomeSection, NavEntry, RegisterRoutes, SitemapDocuments } from './capability'
import { capabilities } from './registry'
import { withSiteLink } from './with-site-link'

// What the composition reads from the registry, one function per consumer.
const all: readonly Capability[] = capabilities

/** Every capability's collections; those with public pages get the admin's Preview link (with-site-link.ts). */
export const collectionsOf = (env: Env): CollectionConfig[] =>
  all.flatMap((c) => c.collections?.(env) ?? []).map((collection) => withSiteLink(collection, sitemapDocuments()))

export const globalsOf = (): GlobalConfig[] => all.flatMap((c) => c.globals ?? [])

export const tasksOf = (): TaskConfig[] => all.flatMap((c) => c.tasks ?? [])

let nav: readonly NavEntry[] | undefined
/** The main navigation, sorted once (every page renders it). */
export const navEntries = (): readonly NavEntry[] => (nav ??= all.flatMap((c) => c.nav ?? []).sort((a, b) => a.order - b.order))

export const sitemapPaths = (): string[] => all.flatMap((c) => c.sitemap?.paths ?? [])

export const sitemapDocuments = (): SitemapDocuments[] => all.flatMap((c) => c.sitemap?.documents ?? [])

/** Every capability's route registration, loaded (routes are imported lazily, see Capability). */
export const routeRegistrations = (): Promise<RegisterRoutes[]> =>
  Promise.all(all.flatMap((c) => (c.routes ? [c.routes()] : [])))

let home: Promise<readonly HomeSection[]> | undefined
/** Every capability's home page sections, loaded once and sorted by their order. */
export const homeSections = (): Promise<readonly HomeSection[]> =>
  (home ??= Promise.all(all.flatMap((c) => (c.home ? [c.home()] : []))).then((lists) => lists.flat().sort((a, b) => a.order - b.order)))
