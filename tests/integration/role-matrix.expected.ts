/**
 * Who may do what, written out by hand (issue 7): every collection in the Payload config × every
 * role × every operation, over REST and over GraphQL. This is the reviewable statement of the access
 * rules; role-matrix.test.ts checks it against the running API and fails for a collection that has no
 * entry here. Do not compute these from the access functions: the point is a second, independent
 * statement of who may do what.
 *
 * Each cell is what the caller gets for one document of the collection (a draft where the
 * collection has drafts, an unpublished one where it has a workflow status):
 *   ok      allowed: the answer shows the document, or the write really happened
 *   empty   answered (2xx), but without the document: it is not in the list, or nothing changed
 *   denied  refused: 401/403, or GraphQL's Forbidden
 *   absent  not found: 404, or no such route or GraphQL operation
 *   invalid past the access check, but refused as bad input (400): GraphQL cannot carry an upload
 * Never a 5xx: the test fails on any 5xx whatever the table says.
 */
import type { Role } from '../../src/access/roles'

export type Outcome = 'ok' | 'empty' | 'denied' | 'absent' | 'invalid'
export type Who = 'anonymous' | Role
export type Operation = 'list' | 'byId' | 'versions' | 'create' | 'update' | 'delete' | 'unlock'
export type Channel = 'rest' | 'graphql'
export type Row = Record<Operation, Outcome>
export type CollectionExpectations = Record<Channel, Record<Who, Row>>

export const whos: readonly Who[] = ['anonymous', 'admin', 'editor', 'organiser', 'moderator', 'expert']
export const operations: readonly Operation[] = ['list', 'byId', 'versions', 'create', 'update', 'delete', 'unlock']

export const expected: Record<string, CollectionExpectations> = {
  // Reviewed contributions: only editors see what is not published yet; only editors write.
  practices: {
    rest: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  replications: {
    rest: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Public reference data: everyone reads, editors write.
  organisations: {
    rest: {
      anonymous: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Drafts and their versions are for editors; everyone else sees published news only.
  news: {
    rest: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  pages: {
    rest: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  themes: {
    rest: {
      anonymous: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Images are public; GraphQL has no way to send the file, so an editor's create is bad input there.
  media: {
    rest: {
      anonymous: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'invalid', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'invalid', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Practice files: the public gets them only through a published practice's page, never the API.
  attachments: {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'invalid', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'invalid', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Accounts: admins manage all; everyone else sees and edits only their own (the document here is
  // another user's); only an admin empties an account's used-up login buckets (unlock).
  users: {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'denied' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'ok' },
      editor: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'denied' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'denied' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'denied' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'denied' },
    },
    graphql: {
      // No unlockUser mutation: without Payload's lockout (login buckets instead) its GraphQL schema has none; admins unlock over REST.
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Development mail: admins read and clear it; nobody writes it through the API.
  // Events: organisers run them (everything but deleting); drafts as for news.
  events: {
    rest: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'ok', create: 'ok', update: 'ok', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'denied', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Personal data: organisers and editors only; nobody creates one through the API (the public form
  // decides the seat under a lock), only editors delete.
  registrations: {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Sent once saved: nobody edits a message afterwards.
  'event-messages': {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'denied', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'denied', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'denied', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'denied', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Written only by the purge job.
  'event-figures': {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // The archive shows sent issues to everyone; drafts and sending are editors' work.
  'newsletter-issues': {
    rest: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Personal data: editors only. Subscribing is the public forms' and the import's; changing a
  // subscription is its owner's (the preference link); editors may erase one.
  subscribers: {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'ok', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Written only by the sending jobs and the bounce processing; editors read them.
  'newsletter-deliveries': {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  'newsletter-bounces': {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  outbox: {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'ok', unlock: 'absent' },
      editor: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'denied', delete: 'ok', unlock: 'absent' },
      editor: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Payload's key-value store (payload.kv): server-side only, closed to every API caller.
  'payload-kv': {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Background jobs: editors see failures and retry them (update); only admins delete; jobs are
  // queued by the application, never created through the API.
  'payload-jobs': {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'denied', update: 'ok', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Document locks (the document here: an editor's lock on a news item): editors and admins manage
  // locks in their own name on what they may edit; other staff see only locks on their own account.
  'payload-locked-documents': {
    rest: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      editor: { list: 'ok', byId: 'ok', versions: 'absent', create: 'ok', update: 'ok', delete: 'ok', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Admin-panel preferences (the document here belongs to another user): each user reads and writes
  // only their own, admins included. Over REST, Payload routes GET/DELETE/POST /:key to its own
  // per-user handlers: "by id" and "delete" look up a preference of the caller by that key and find
  // none (GET answers 200 with no value, even to the anonymous; DELETE 404, after a 500 was repaired
  // in config/repair-preference-delete.ts), and POST /unlock stores the caller's preference "unlock".
  'payload-preferences': {
    rest: {
      anonymous: { list: 'denied', byId: 'empty', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'denied' },
      admin: { list: 'empty', byId: 'empty', versions: 'absent', create: 'ok', update: 'denied', delete: 'absent', unlock: 'empty' },
      editor: { list: 'empty', byId: 'empty', versions: 'absent', create: 'ok', update: 'denied', delete: 'absent', unlock: 'empty' },
      moderator: { list: 'empty', byId: 'empty', versions: 'absent', create: 'ok', update: 'denied', delete: 'absent', unlock: 'empty' },
      organiser: { list: 'empty', byId: 'empty', versions: 'absent', create: 'ok', update: 'denied', delete: 'absent', unlock: 'empty' },
      expert: { list: 'empty', byId: 'empty', versions: 'absent', create: 'ok', update: 'denied', delete: 'absent', unlock: 'empty' },
    },
    graphql: {
      anonymous: { list: 'denied', byId: 'denied', versions: 'absent', create: 'denied', update: 'denied', delete: 'denied', unlock: 'absent' },
      admin: { list: 'empty', byId: 'absent', versions: 'absent', create: 'ok', update: 'denied', delete: 'denied', unlock: 'absent' },
      editor: { list: 'empty', byId: 'absent', versions: 'absent', create: 'ok', update: 'denied', delete: 'denied', unlock: 'absent' },
      moderator: { list: 'empty', byId: 'absent', versions: 'absent', create: 'ok', update: 'denied', delete: 'denied', unlock: 'absent' },
      organiser: { list: 'empty', byId: 'absent', versions: 'absent', create: 'ok', update: 'denied', delete: 'denied', unlock: 'absent' },
      expert: { list: 'empty', byId: 'absent', versions: 'absent', create: 'ok', update: 'denied', delete: 'denied', unlock: 'absent' },
    },
  },
  // Payload's record of applied migrations: no REST routes and no GraphQL at all.
  'payload-migrations': {
    rest: {
      anonymous: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      admin: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      editor: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      moderator: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      organiser: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      expert: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
    },
    graphql: {
      anonymous: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      admin: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      editor: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      moderator: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      organiser: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
      expert: { list: 'absent', byId: 'absent', versions: 'absent', create: 'absent', update: 'absent', delete: 'absent', unlock: 'absent' },
    },
  },
}
