import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readEnv } from '../config/env'
import { collectionsOf, globalsOf, homeSections, navEntries, sitemapDocuments, tasksOf } from './compose'
import { capabilities } from './registry'

const env = readEnv({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'registry-test-')), PAYLOAD_SECRET: 'x'.repeat(32) })
const collectionSlugs = collectionsOf(env).map((c) => c.slug)

describe('the capability registry', () => {
  it('gives the Payload config every collection once, in the admin order', () => {
    expect(collectionSlugs).toEqual(['practices', 'replications', 'organisations', 'news', 'events', 'registrations', 'event-messages', 'event-figures', 'newsletter-issues', 'subscribers', 'newsletter-deliveries', 'newsletter-bounces', 'pages', 'themes', 'media', 'attachments', 'users', 'outbox'])
    expect(globalsOf().map((g) => g.slug)).toEqual(['site-settings'])
    expect(tasksOf().map((t) => t.slug)).toEqual(['mailParticipant', 'remindParticipants', 'messageParticipants', 'purgeEventData', 'mailSubscriber', 'sendNewsletter', 'sendNewsletterBatch', 'sendNewsletterTest', 'mailSubmitter'])
  })

  it('orders the main navigation by the entries, not by the list', () => {
    expect(navEntries().map((n) => n.path)).toEqual(['', '/practices', '/news', '/events', '/themes', '/organisations', '/about'])
  })

  it('names only registered collections for the sitemap and slug lookups, and capabilities once each', () => {
    for (const { collection } of sitemapDocuments()) expect(collectionSlugs).toContain(collection)
    for (const c of capabilities) for (const slug of 'bySlug' in c ? c.bySlug : []) expect(collectionSlugs).toContain(slug)
    const names = capabilities.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('loads every route registration lazily', async () => {
    const registrations = await Promise.all(capabilities.flatMap((c) => ('routes' in c ? [c.routes()] : [])))
    expect(registrations.length).toBeGreaterThan(5)
    for (const register of registrations) expect(typeof register).toBe('function')
  })

  it('gives the home page every capability’s sections, in their order, each once', async () => {
    const sections = await homeSections()
    expect(sections.map((s) => s.id)).toEqual(['search', 'by-theme', 'by-country', 'featured', 'recent', 'current-theme', 'news', 'events'])
    const orders = sections.map((s) => s.order)
    expect(new Set(orders).size).toBe(orders.length)
  })
})
