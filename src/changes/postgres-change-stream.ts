import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { Payload, PayloadRequest } from 'payload'
import { Subscribers, type ChangeStream } from './change-stream'
import { CommitBuffer } from './commit-buffer'
import { parseChange, type ChangeListener, type ContentChange } from './content-change'

export const changeChannel = 'content_changes'

type SqlExecutor = { execute: (query: unknown) => Promise<unknown> }
type PostgresDb = Payload['db'] & { pool: pg.Pool; sessions: Record<string, { db: SqlExecutor } | undefined> }

/**
 * The stream of a PostgreSQL deployment. `publish` runs NOTIFY inside the editor's transaction, so
 * PostgreSQL delivers it on commit (and never on rollback) to every instance that LISTENs. The
 * instance that made the change hears it from its own commit, before Payload answers the editor, so
 * a reader sent to the same instance right after sees the new content; its own notification is
 * then skipped. The listener has a connection of its own and reconnects; after a reconnect it tells
 * local subscribers to resynchronise, since changes may have been missed while it was away.
 */
export class PostgresChangeStream implements ChangeStream {
  private subscribers = new Subscribers()
  private readonly origin = randomUUID()
  /** How this instance's own notifications look on the wire (UUIDs need no JSON escaping). */
  private readonly ownMark = `"origin":"${this.origin}"`
  private buffer: CommitBuffer
  private client: pg.Client | undefined
  private stopped = false
  private retryMs = 250
  private timer: NodeJS.Timeout | undefined
  private sql: ((strings: TemplateStringsArray, ...values: unknown[]) => unknown) | undefined

  constructor(
    private readonly payload: Payload,
    private readonly connectionString: string,
  ) {
    this.buffer = new CommitBuffer(payload, (change) => this.deliver(change))
  }

  /** Resolves once the first LISTEN is in place, so nothing committed after start-up is missed. */
  async start(): Promise<void> {
    const drizzle = await import('@payloadcms/db-postgres/drizzle')
    this.sql = drizzle.sql as unknown as typeof this.sql
    await this.connect()
  }

  async publish(change: ContentChange, req: PayloadRequest): Promise<void> {
    const text = JSON.stringify({ ...change, origin: this.origin })
    const db = this.payload.db as PostgresDb
    const transaction = await this.buffer.transactionOf(req)
    const session = transaction === undefined ? undefined : db.sessions[String(transaction)]
    if (session && this.sql) await session.db.execute(this.sql`select pg_notify(${changeChannel}, ${text})`)
    else await db.pool.query('select pg_notify($1, $2)', [changeChannel, text])
    await this.buffer.add(change, session ? transaction : undefined)
  }

  subscribe(listener: ChangeListener): () => void {
    return this.subscribers.add(listener)
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.buffer.stop()
    clearTimeout(this.timer)
    const client = this.client
    this.client = undefined
    await client?.end().catch(() => {})
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'clearinghouse-changes' })
    client.on('notification', (message) => {
      if (message.channel !== changeChannel || !message.payload || message.payload.endsWith(`${this.ownMark}}`)) return
      const change = parseChange(message.payload)
      if (change) void this.deliver(change)
    })
    // A dropped connection (database restart, network) is reported here; reconnect rather than crash.
    client.on('error', (err) => {
      this.payload.logger.warn({ err }, 'content-change listener lost its connection')
      this.reconnectLater(client)
    })
    client.on('end', () => this.reconnectLater(client))
    await client.connect()
    await client.query(`LISTEN ${changeChannel}`)
    this.client = client
    this.retryMs = 250
  }

  /** Called by both the 'error' and 'end' events of a connection; acts once per lost connection. */
  private reconnectLater(failed: pg.Client): void {
    if (this.stopped || this.client !== failed) return
    this.client = undefined
    void failed.end().catch(() => {})
    this.scheduleReconnect()
  }

  private scheduleReconnect(): void {
    const delay = this.retryMs
    this.retryMs = Math.min(this.retryMs * 2, 10_000)
    this.timer = setTimeout(() => {
      if (this.stopped) return
      this.connect()
        .then(() => this.deliver({ kind: 'resync' }))
        .catch((err: unknown) => {
          this.payload.logger.warn({ err }, 'content-change listener could not reconnect; retrying')
          this.scheduleReconnect()
        })
    }, delay)
  }

  private deliver(change: ContentChange): Promise<void> {
    return this.subscribers.deliver(change, (err) => this.payload.logger.error({ err }, 'a content-change subscriber failed'))
  }
}
