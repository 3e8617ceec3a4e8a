import type { CollectionSlug, Payload, Where } from 'payload'
import sharp from 'sharp'
import type { OrganisationType } from '../../src/features/organisations/vocabulary'
import { samplePdf } from '../helpers/fixtures'

/**
 * How the role matrix makes and changes one document of each collection: valid minimal data, so that
 * a cell's "ok" means the write really happened. Who may do it is in role-matrix.expected.ts.
 */
export type Id = number | string
export type Upload = { name: string; type: string; data: Buffer }
/** What a subject can refer to: documents made once for the whole matrix. */
export type Shared = { practice: Id; news: Id; event: Id; target: { id: Id; email: string }; ids: Record<string, Id>; png: Buffer }

export type Subject = {
  /** Payload's GraphQL names for one document and for the list (the schema's own spelling). */
  gql: { one: string; many: string }
  drafts?: boolean
  /** A new document through the Local API, with overrideAccess (n makes it unique). */
  make: (payload: Payload, shared: Shared, n: number) => Promise<Id>
  /** The body of a create, as `self` (the caller's user id, when logged in). */
  createData: (shared: Shared, n: number, self: Id | undefined) => Record<string, unknown>
  /** Finds what that create made (the matrix compares the documents found before and after). */
  created: (n: number, shared: Shared) => Where
  upload?: (shared: Shared) => Upload
  updateData: (self: Id | undefined, shared: Shared) => Record<string, unknown>
  isUpdated: (doc: Record<string, unknown>, self: Id | undefined) => boolean
}

type Data = Record<string, unknown>

async function make(payload: Payload, collection: string, data: Data, extra: Record<string, unknown> = {}): Promise<Id> {
  const doc = await payload.create({ collection: collection as CollectionSlug, data: data as never, overrideAccess: true, locale: 'en', ...extra })
  return doc.id
}

const idOf = (ref: unknown): unknown => (ref && typeof ref === 'object' ? (ref as { value?: unknown }).value : ref)
const sameId = (a: unknown, b: unknown) => a !== undefined && String(a) === String(b)

const practice = (n: number): Data => ({
  title: `Matrix practice ${n}`,
  summary: 'A practice made by the role matrix.',
  slug: `matrix-practice-${n}`,
  country: 'SE',
  originalLanguage: 'en',
  workflowStatus: 'submitted',
})
const replication = (shared: Shared, n: number): Data => ({
  practice: shared.practice,
  municipality: `Matrixby ${n}`,
  country: 'SE',
  changes: 'What we changed.',
  outcomes: 'What came of it.',
  workflowStatus: 'submitted',
})
const organisation = (n: number): Data => ({ name: `Matrix organisation ${n}`, slug: `matrix-organisation-${n}`, type: 'ministry' satisfies OrganisationType, country: 'SE' })
const titled = (kind: string, n: number): Data => ({ title: `Matrix ${kind} ${n}`, slug: `matrix-${kind}-${n}` })
const hourFromNow = (h: number) => new Date(Date.UTC(2030, 0, 1) + h * 3_600_000).toISOString()
const event = (n: number): Data => ({
  ...titled('event', n),
  kind: 'external',
  eventStatus: 'scheduled',
  externalUrl: 'https://example.org/their-event',
  format: 'online',
  startsAt: hourFromNow(n),
  endsAt: hourFromNow(n + 2),
  // UTC: GraphQL spells the other zones as enum keys (Europe_Oslo), REST as values.
  timeZone: 'UTC',
})
const registration = (shared: Shared, n: number): Data => ({
  event: shared.event,
  name: `Matrix participant ${n}`,
  email: `participant-${n}@example.org`,
  emailKey: `participant-${n}@example.org`,
  mode: 'online',
  status: 'confirmed',
  locale: 'en',
  tokenHash: `hash-${n}`,
  tokenSealed: 'sealed',
  queuedAt: hourFromNow(0),
})
const message = (shared: Shared, n: number): Data => ({ event: shared.event, audience: 'all', subject: `Matrix message ${n}`, body: 'Hello, participants.' })
const figures = (shared: Shared, n: number): Data => ({
  event: shared.event,
  eventTitle: `Matrix figures ${n}`,
  startsAt: hourFromNow(0),
  format: 'online',
  registered: n,
  attended: 0,
  byMode: {},
  byCountry: {},
  bySector: {},
})
const issue = (n: number): Data => ({ title: `Matrix issue ${n}`, slug: `matrix-issue-${n}` })
const subscriber = (n: number): Data => ({
  email: `subscriber-${n}@example.org`,
  emailKey: `subscriber-${n}@example.org`,
  status: 'confirmed',
  locale: 'en',
  tokenHash: `subscriber-hash-${n}`,
  tokenSealed: 'sealed',
})
const delivery = (issueId: Id, subscriberId: Id, n: number): Data => ({
  issue: issueId,
  subscriber: subscriberId,
  email: `recipient-${n}@example.org`,
  locale: 'en',
  batch: 0,
  state: 'pending',
})
const bounce = (n: number): Data => ({ recipient: `bounced-${n}@example.org`, kind: 'hard', receivedAt: hourFromNow(0) })
const lock = (shared: Shared, holder: Id | undefined): Data => ({
  document: { relationTo: 'news', value: shared.news },
  user: { relationTo: 'users', value: holder ?? shared.ids.editor },
})
const png = (shared: Shared): Upload => ({ name: 'matrix.png', type: 'image/png', data: shared.png })
const pdf = (): Upload => ({ name: 'matrix.pdf', type: 'application/pdf', data: samplePdf })
const file = (u: Upload) => ({ data: u.data, mimetype: u.type, name: u.name, size: u.data.length })

export const subjects: Record<string, Subject> = {
  practices: {
    gql: { one: 'Practice', many: 'Practices' },
    make: (p, _s, n) => make(p, 'practices', practice(n)),
    createData: (_s, n) => practice(n),
    created: (n) => ({ slug: { equals: `matrix-practice-${n}` } }),
    updateData: () => ({ region: 'Updated region' }),
    isUpdated: (doc) => doc.region === 'Updated region',
  },
  replications: {
    gql: { one: 'Replication', many: 'Replications' },
    make: (p, s, n) => make(p, 'replications', replication(s, n)),
    createData: (s, n) => replication(s, n),
    created: (n) => ({ municipality: { equals: `Matrixby ${n}` } }),
    updateData: () => ({ outcomes: 'Updated outcomes.' }),
    isUpdated: (doc) => doc.outcomes === 'Updated outcomes.',
  },
  organisations: {
    gql: { one: 'Organisation', many: 'Organisations' },
    make: (p, _s, n) => make(p, 'organisations', organisation(n)),
    createData: (_s, n) => organisation(n),
    created: (n) => ({ slug: { equals: `matrix-organisation-${n}` } }),
    updateData: () => ({ name: 'Updated organisation' }),
    isUpdated: (doc) => doc.name === 'Updated organisation',
  },
  news: {
    gql: { one: 'NewsItem', many: 'NewsItems' },
    drafts: true,
    make: (p, _s, n) => make(p, 'news', { ...titled('news', n), _status: 'draft' }, { draft: true }),
    createData: (_s, n) => ({ ...titled('news', n), publishedAt: '2026-01-01T09:00:00.000Z' }),
    created: (n) => ({ slug: { equals: `matrix-news-${n}` } }),
    updateData: () => ({ summary: 'Updated summary.' }),
    isUpdated: (doc) => doc.summary === 'Updated summary.',
  },
  events: {
    gql: { one: 'Event', many: 'Events' },
    drafts: true,
    make: (p, _s, n) => make(p, 'events', { ...event(n), _status: 'draft' }, { draft: true }),
    createData: (_s, n) => event(n),
    created: (n) => ({ slug: { equals: `matrix-event-${n}` } }),
    updateData: () => ({ summary: 'Updated summary.' }),
    isUpdated: (doc) => doc.summary === 'Updated summary.',
  },
  registrations: {
    gql: { one: 'Registration', many: 'Registrations' },
    make: (p, s, n) => make(p, 'registrations', registration(s, n)),
    createData: (s, n) => registration(s, n),
    created: (n) => ({ emailKey: { equals: `participant-${n}@example.org` } }),
    updateData: () => ({ attended: true }),
    isUpdated: (doc) => doc.attended === true,
  },
  'event-messages': {
    gql: { one: 'EventMessage', many: 'EventMessages' },
    make: (p, s, n) => make(p, 'event-messages', message(s, n)),
    createData: (s, n) => message(s, n),
    created: (n) => ({ subject: { equals: `Matrix message ${n}` } }),
    updateData: () => ({ subject: 'Updated subject' }),
    isUpdated: (doc) => doc.subject === 'Updated subject',
  },
  'event-figures': {
    gql: { one: 'EventFigure', many: 'EventFigures' },
    // One event has one set of figures: each document gets an event of its own.
    make: async (p, s, n) => make(p, 'event-figures', { ...figures(s, n), event: await make(p, 'events', { ...event(10_000 + n), _status: 'published' }) }),
    createData: (s, n) => figures(s, n),
    created: (n) => ({ eventTitle: { equals: `Matrix figures ${n}` } }),
    updateData: () => ({ attended: 99 }),
    isUpdated: (doc) => doc.attended === 99,
  },
  'newsletter-issues': {
    gql: { one: 'NewsletterIssue', many: 'NewsletterIssues' },
    make: (p, _s, n) => make(p, 'newsletter-issues', issue(n)),
    createData: (_s, n) => issue(n),
    created: (n) => ({ slug: { equals: `matrix-issue-${n}` } }),
    updateData: () => ({ preheader: 'Updated preheader.' }),
    isUpdated: (doc) => doc.preheader === 'Updated preheader.',
  },
  subscribers: {
    gql: { one: 'Subscriber', many: 'Subscribers' },
    make: (p, _s, n) => make(p, 'subscribers', subscriber(n)),
    createData: (_s, n) => subscriber(n),
    created: (n) => ({ emailKey: { equals: `subscriber-${n}@example.org` } }),
    updateData: () => ({ locale: 'fi' }),
    isUpdated: (doc) => doc.locale === 'fi',
  },
  'newsletter-deliveries': {
    gql: { one: 'NewsletterDelivery', many: 'NewsletterDeliveries' },
    make: async (p, _s, n) => make(p, 'newsletter-deliveries', delivery(await make(p, 'newsletter-issues', issue(20_000 + n)), await make(p, 'subscribers', subscriber(20_000 + n)), n)),
    // Nobody may create one: access refuses before the (placeholder) relations are looked at.
    createData: (s, n) => delivery(s.news, s.practice, n),
    created: (n) => ({ email: { equals: `recipient-${n}@example.org` } }),
    updateData: () => ({ state: 'sent' }),
    isUpdated: (doc) => doc.state === 'sent',
  },
  'newsletter-bounces': {
    gql: { one: 'NewsletterBounce', many: 'NewsletterBounces' },
    make: (p, _s, n) => make(p, 'newsletter-bounces', bounce(n)),
    createData: (_s, n) => bounce(n),
    created: (n) => ({ recipient: { equals: `bounced-${n}@example.org` } }),
    updateData: () => ({ kind: 'soft' }),
    isUpdated: (doc) => doc.kind === 'soft',
  },
  pages: {
    gql: { one: 'Page', many: 'Pages' },
    drafts: true,
    make: (p, _s, n) => make(p, 'pages', { ...titled('page', n), _status: 'draft' }, { draft: true }),
    createData: (_s, n) => titled('page', n),
    created: (n) => ({ slug: { equals: `matrix-page-${n}` } }),
    updateData: () => ({ summary: 'Updated summary.' }),
    isUpdated: (doc) => doc.summary === 'Updated summary.',
  },
  themes: {
    gql: { one: 'Theme', many: 'Themes' },
    make: (p, _s, n) => make(p, 'themes', titled('theme', n)),
    createData: (_s, n) => titled('theme', n),
    created: (n) => ({ slug: { equals: `matrix-theme-${n}` } }),
    updateData: () => ({ description: 'Updated description.' }),
    isUpdated: (doc) => doc.description === 'Updated description.',
  },
  media: {
    gql: { one: 'Media', many: 'allMedia' },
    make: (p, s, n) => make(p, 'media', { alt: `Matrix image ${n}` }, { file: file(png(s)) }),
    createData: (_s, n) => ({ alt: `Matrix image ${n}` }),
    created: (n) => ({ alt: { equals: `Matrix image ${n}` } }),
    upload: png,
    updateData: () => ({ alt: 'Updated alt text' }),
    isUpdated: (doc) => doc.alt === 'Updated alt text',
  },
  attachments: {
    gql: { one: 'Attachment', many: 'Attachments' },
    make: (p, _s, n) => make(p, 'attachments', { title: `Matrix file ${n}` }, { file: file(pdf()) }),
    createData: (_s, n) => ({ title: `Matrix file ${n}` }),
    created: (n) => ({ title: { equals: `Matrix file ${n}` } }),
    upload: pdf,
    updateData: () => ({ title: 'Updated file title' }),
    isUpdated: (doc) => doc.title === 'Updated file title',
  },
  users: {
    gql: { one: 'User', many: 'Users' },
    make: (p, _s, n) => make(p, 'users', { email: `matrix-${n}@example.org`, password: 'a-long-password', roles: ['expert'] }),
    createData: (_s, n) => ({ email: `matrix-${n}@example.org`, password: 'a-long-password', roles: ['expert'] }),
    created: (n) => ({ email: { equals: `matrix-${n}@example.org` } }),
    updateData: () => ({ name: 'Updated name' }),
    isUpdated: (doc) => doc.name === 'Updated name',
  },
  outbox: {
    gql: { one: 'Outbox', many: 'Outboxes' },
    make: (p, _s, n) => make(p, 'outbox', { to: 'someone@example.org', subject: 'Hello', file: `matrix-${n}.eml` }),
    createData: (_s, n) => ({ to: 'someone@example.org', subject: 'Hello', file: `matrix-${n}.eml` }),
    created: (n) => ({ file: { equals: `matrix-${n}.eml` } }),
    updateData: () => ({ subject: 'Updated subject' }),
    isUpdated: (doc) => doc.subject === 'Updated subject',
  },
  'payload-kv': {
    gql: { one: 'PayloadKv', many: 'PayloadKvs' },
    make: (p, _s, n) => make(p, 'payload-kv', { key: `matrix-${n}`, data: { n } }),
    createData: (_s, n) => ({ key: `matrix-${n}`, data: { n } }),
    created: (n) => ({ key: { equals: `matrix-${n}` } }),
    updateData: () => ({ data: { updated: true } }),
    isUpdated: (doc) => (doc.data as { updated?: boolean } | null)?.updated === true,
  },
  'payload-jobs': {
    gql: { one: 'PayloadJob', many: 'PayloadJobs' },
    // A queue no runner reads: the job stays as made.
    make: (p, _s, n) => make(p, 'payload-jobs', { taskSlug: 'mailSubmitter', input: {}, queue: `matrix-${n}` }),
    createData: (_s, n) => ({ taskSlug: 'mailSubmitter', input: {}, queue: `matrix-${n}` }),
    created: (n) => ({ queue: { equals: `matrix-${n}` } }),
    updateData: () => ({ queue: 'matrix-updated' }),
    isUpdated: (doc) => doc.queue === 'matrix-updated',
  },
  // The document: an editor's lock on a news item. A create or update is a lock in the caller's own name.
  'payload-locked-documents': {
    gql: { one: 'PayloadLockedDocument', many: 'PayloadLockedDocuments' },
    make: (p, s) => make(p, 'payload-locked-documents', lock(s, s.ids.editor)),
    createData: (s, _n, self) => lock(s, self),
    created: (_n, s) => ({ 'document.value': { equals: s.news } }),
    updateData: (self, s) => ({ user: { relationTo: 'users', value: self ?? s.ids.editor } }),
    isUpdated: (doc, self) => self !== undefined && sameId(idOf(doc.user), self),
  },
  // The document: a preference of another user (target). Payload sets a preference's user to the caller.
  'payload-preferences': {
    gql: { one: 'PayloadPreference', many: 'PayloadPreferences' },
    make: async (p, s, n) => {
      const user = await p.findByID({ collection: 'users', id: s.target.id, overrideAccess: true })
      return make(p, 'payload-preferences', { key: `matrix-${n}`, value: { n } }, { user: { ...user, collection: 'users' } })
    },
    createData: (_s, n) => ({ key: `matrix-${n}`, value: { n } }),
    created: (n) => ({ key: { equals: `matrix-${n}` } }),
    updateData: () => ({ value: { updated: true } }),
    isUpdated: (doc) => (doc.value as { updated?: boolean } | null)?.updated === true,
  },
  // No API at all; the rows are the migrations this database ran.
  'payload-migrations': {
    gql: { one: 'PayloadMigration', many: 'PayloadMigrations' },
    make: async (p) => (await p.find({ collection: 'payload-migrations', limit: 1, overrideAccess: true })).docs[0]!.id,
    createData: (_s, n) => ({ name: `matrix-${n}`, batch: 999 }),
    created: (n) => ({ name: { equals: `matrix-${n}` } }),
    updateData: () => ({ batch: 998 }),
    isUpdated: (doc) => doc.batch === 998,
  },
}

export async function makeShared(payload: Payload, ids: Record<string, Id>): Promise<Shared> {
  const target = { email: 'target@example.org' }
  const targetId = await make(payload, 'users', { ...target, password: 'a-long-password', roles: ['expert'] })
  const shared: Shared = {
    practice: 0,
    news: 0,
    event: 0,
    target: { id: targetId, email: target.email },
    ids,
    png: await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer(),
  }
  shared.practice = await make(payload, 'practices', practice(0))
  shared.news = await make(payload, 'news', { ...titled('news', 0), _status: 'draft' }, { draft: true })
  shared.event = await make(payload, 'events', { ...event(0), kind: 'own', registration: { capacityOnline: 10 }, _status: 'published' }, { context: { seeding: true } })
  return shared
}
