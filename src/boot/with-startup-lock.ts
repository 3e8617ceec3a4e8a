import type { Env } from '../config/env'

const lockName = 'clearinghouse:startup'

/**
 * Runs start-up work (migrations, first admin, demo seed) in one instance at a time. On PostgreSQL
 * several instances may start together against one database: a session-level advisory lock, held
 * on a dedicated connection, makes the others wait, then find the work done. The lock goes with the
 * session, so an instance that dies while holding it does not block the rest.
 * On SQLite nothing is needed: the database is one file used by one process.
 */
export async function withStartupLock<T>(env: Env, work: () => Promise<T>): Promise<T> {
  if (env.dialect !== 'postgres') return work()
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: env.databaseUrl })
  await client.connect()
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [lockName])
    return await work()
  } finally {
    // Ending the session releases the lock even if the unlock itself failed.
    await client.query('select pg_advisory_unlock(hashtext($1))', [lockName]).catch(() => {})
    await client.end()
  }
}
