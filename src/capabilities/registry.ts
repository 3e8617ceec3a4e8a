import { attachmentsCollection } from '../features/attachments/collection'
import { Outbox } from '../features/email/collection'
import { mediaCollection } from '../features/media/collection'
import { News } from '../features/news/collection'
import { Organisations } from '../features/organisations/collection'
import { Pages } from '../features/pages/collection'
import { Practices } from '../features/practices/collection'
import { Replications } from '../features/replications/collection'
import { SiteSettings } from '../features/site-settings/global'
import { Themes } from '../features/themes/collection'
import { usersCollection } from '../features/users/collection'
import { mailSubmitterTask } from '../jobs/tasks/mail-submitter'
import { EventFigures } from '../features/events/collection/event-figures'
import { EventMessages } from '../features/events/collection/event-messages'
import { Events } from '../features/events/collection/events'
import { Registrations } from '../features/events/collection/registrations'
import { eventTasks } from '../features/events/jobs/tasks'
import { newsletterBouncesCollection } from '../features/newsletter/collection/newsletter-bounces'
import { NewsletterDeliveries } from '../features/newsletter/collection/newsletter-deliveries'
import { NewsletterIssues } from '../features/newsletter/collection/newsletter-issues'
import { Subscribers } from '../features/newsletter/collection/subscribers'
import { newsletterTasks } from '../features/newsletter/jobs/tasks'
import type { Capability } from './capability'

/**
 * The app's capabilities, in the order the admin lists their collections. Adding a capability means
 * adding one entry here (plus its folder under features/, strings and migrations; see ARCHITECTURE.md).
 */
export const capabilities = [
  {
    name: 'home',
    routes: async () => (await import('../features/home/routes')).registerHomeRoutes,
    nav: [{ path: '', label: 'nav.home', order: 0 }],
    sitemap: { paths: ['/'] },
  },
  {
    name: 'practices',
    collections: () => [Practices],
    routes: async () => (await import('../features/practices/routes')).registerPracticeRoutes,
    nav: [{ path: '/practices', label: 'nav.practices', order: 10 }],
    home: async () => (await import('../features/home/sections/practice-sections')).practiceHomeSections,
    sitemap: { paths: ['/practices', '/practices/criteria'], documents: [{ collection: 'practices', path: (slug) => `/practices/${slug}` }] },
    bySlug: ['practices'],
  },
  {
    // Its public form is part of the submission routes (workflow).
    name: 'replications',
    collections: () => [Replications],
  },
  {
    name: 'organisations',
    collections: () => [Organisations],
    routes: async () => (await import('../features/organisations/routes')).registerOrganisationRoutes,
    nav: [{ path: '/organisations', label: 'nav.organisations', order: 40 }],
    sitemap: { paths: ['/organisations'], documents: [{ collection: 'organisations', path: (slug) => `/organisations/${slug}` }] },
    bySlug: ['organisations'],
  },
  {
    name: 'news',
    collections: () => [News],
    routes: async () => (await import('../features/news/routes')).registerNewsRoutes,
    nav: [{ path: '/news', label: 'nav.news', order: 20 }],
    home: async () => [(await import('../features/home/sections/latest-news-section')).latestNewsSection],
    sitemap: { paths: ['/news'], documents: [{ collection: 'news', path: (slug) => `/news/${slug}` }] },
    bySlug: ['news'],
  },
  {
    // The calendar, own events with registration, and the organisers' tools.
    name: 'events',
    collections: () => [Events, Registrations, EventMessages, EventFigures],
    tasks: eventTasks,
    routes: async () => (await import('../features/events/routes')).registerEventRoutes,
    nav: [{ path: '/events', label: 'nav.events', order: 25 }],
    home: async () => [(await import('../features/home/sections/upcoming-events-section')).upcomingEventsSection],
    sitemap: { paths: ['/events', '/events/past'], documents: [{ collection: 'events', path: (slug) => `/events/${slug}` }] },
    bySlug: ['events'],
  },
  {
    // Sign-up with double opt-in, preferences, issues and their archive, sending, bounces, figures.
    name: 'newsletter',
    collections: (env) => [NewsletterIssues, Subscribers, NewsletterDeliveries, newsletterBouncesCollection(env)],
    tasks: newsletterTasks,
    routes: async () => (await import('../features/newsletter/routes')).registerNewsletterRoutes,
    sitemap: { paths: ['/newsletter', '/newsletter/archive'], documents: [{ collection: 'newsletter-issues', path: (slug) => `/newsletter/archive/${slug}` }] },
    bySlug: ['newsletter-issues'],
  },
  {
    // A static help page: how the site picks a language (fallback chains, one-language texts).
    name: 'languages',
    routes: async () => (await import('../features/languages/routes')).registerLanguagesRoutes,
    sitemap: { paths: ['/languages'] },
  },
  {
    name: 'pages',
    collections: () => [Pages],
    routes: async () => (await import('../features/pages/routes')).registerPageRoutes,
    nav: [{ path: '/about', label: 'nav.about', order: 50 }],
    sitemap: { documents: [{ collection: 'pages', path: (slug) => `/${slug}` }] },
    bySlug: ['pages'],
  },
  {
    name: 'themes',
    collections: () => [Themes],
    routes: async () => (await import('../features/themes/routes')).registerThemeRoutes,
    nav: [{ path: '/themes', label: 'nav.themes', order: 30 }],
    home: async () => [(await import('../features/home/sections/current-theme-section')).currentThemeSection],
    sitemap: { paths: ['/themes'], documents: [{ collection: 'themes', path: (slug) => `/themes/${slug}` }] },
  },
  {
    name: 'media',
    collections: (env) => [mediaCollection(env.dataDir)],
    routes: async () => (await import('../features/media/routes')).registerMediaRoutes,
  },
  {
    name: 'attachments',
    collections: (env) => [attachmentsCollection(env.dataDir)],
  },
  {
    name: 'users',
    // Its login cookie is Secure when the site is served over https.
    collections: (env) => [usersCollection(env.publicUrl)],
  },
  {
    name: 'email',
    collections: () => [Outbox],
  },
  {
    name: 'site-settings',
    globals: [SiteSettings],
  },
  {
    // Proposals, replication reports and the submitter's status page, and the mails they send.
    name: 'workflow',
    routes: async () => (await import('../features/workflow/status/submission-routes')).registerSubmissionRoutes,
    tasks: [mailSubmitterTask],
  },
  {
    name: 'sitemap',
    routes: async () => (await import('../features/sitemap/routes')).registerSitemapRoutes,
  },
] as const satisfies readonly Capability[]

/** The collections looked up by slug, as a type: findBySlug accepts only these. */
export type SlugCollection = Extract<(typeof capabilities)[number], { bySlug: readonly string[] }>['bySlug'][number]
