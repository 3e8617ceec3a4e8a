import type { Payload } from 'payload'

export type Row = Record<string, unknown>
export type SqlValue = string | number | boolean | null

type PgDb = { pool: { query: (text: string, params: SqlValue[]) => Promise<{ rows: Row[] }> } }
type SqliteDb = { client: { execute: (stmt: { sql: string; args: SqlValue[] }) => Promise<{ rows: Row[] }> } }

/** Which dialect a running Payload uses; the few statements Payload has no API for differ per dialect. */
export function dialectOf(payload: Payload): 'postgres' | 'sqlite' {
  return 'pool' in payload.db ? 'postgres' : 'sqlite'
}

/**
 * Runs one statement outside any transaction, with its text per dialect ($1… for PostgreSQL, ? for
 * SQLite). For the few atomic operations Payload's API cannot express (claiming a job).
 */
export async function rawRows(payload: Payload, text: { postgres: string; sqlite: string }, params: SqlValue[]): Promise<Row[]> {
  if (dialectOf(payload) === 'postgres') return (await (payload.db as unknown as PgDb).pool.query(text.postgres, params)).rows
  const args = params.map((p) => (typeof p === 'boolean' ? Number(p) : p))
  return (await (payload.db as unknown as SqliteDb).client.execute({ sql: text.sqlite, args })).rows
}
