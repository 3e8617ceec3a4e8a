import pg from 'pg'
import type { Payload, PayloadRequest } from 'payload'
import { Subscribers, type ChangeStream } from './change-stream'
import { parseChange, type ChangeListener, type ContentChange } from './content-change'

export const changeChannel = 'content_changes'

type SqlExecutor = { execute: (query: unknown) => Promise<unknown> }
type PostgresDb = Payload['db'] & { pool: pg.Pool; sessions: Record<string, { db: SqlExecutor } | undefined> }

/**
 * The stream of a PostgreSQL deployment. `publish` runs NOTIFY inside the editor's transaction, so
 * PostgreSQL delivers it on commit (and never on rollback) to every instance that LISTENs, this one
 * included. The listener has a connection of its own and reconnects; after a reconnect it tells local
 * subscribers to resynchronise, since changes may have been missed while it was away.
 */
export class PostgresChangeStream implements ChangeStream {
  private subscribers = new Subscribers()
  private client: pg.Client | undefined
  private stopped = false
  private retryMs = 250
  private timer: NodeJS.Timeout | undefined
  private sql: ((strings: TemplateStringsArray, ...values: unknown[]) => unknown) | undefined

  constructor(
    private readonly payload: Payload,
    private readonly connectionString: string,
  ) {}

  /** Resolves once the first LISTEN is in place, so nothing committed after start-up is missed. */
  async start(): Promise<void> {
    const drizzle = await import('@payloadcms/db-postgres/drizzle')
    this.sql = drizzle.sql as unknown as typeof this.sql
    await this.connect()
  }

  async publish(change: ContentChange, req: PayloadRequest): Promise<void> {
    const text = JSON.stringify(change)
    const db = this.payload.db as PostgresDb
    const id = await req.transactionID
    const session = id === undefined || id === null ? undefined : db.sessions[String(id)]
    if (session && this.sql) await session.db.execute(this.sql`select pg_notify(${changeChannel}, ${text})`)
    else await db.pool.query('select pg_notify($1, $2)', [changeChannel, text])
  }

  subscribe(listener: ChangeListener): () => void {
    return this.subscribers.add(listener)
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    const client = this.client
    this.client = undefined
    await client?.end().catch(() => {})
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'clearinghouse-changes' })
    client.on('notification', (message) => {
      if (message.channel !== changeChannel || !message.payload) return
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
