import type { Payload } from 'payload'
import { dialectOf, rawRows, type Row, type SqlValue } from './raw-sql'

/** Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const chunkRows = 200

/**
 * Inserts many rows into one of Payload's tables with multi-row INSERTs (thousands of demo or
 * imported rows in seconds, where one Local API create each takes minutes), returning the
 * `returning` columns of each row. The caller supplies every NOT NULL column; nothing here runs
 * Payload's hooks or validation, so use it only for data already known to be valid.
 */
export async function insertRows(payload: Payload, table: string, columns: readonly string[], rows: readonly SqlValue[][], returning: readonly string[] = []): Promise<Row[]> {
  if (!/^[a-z_]+$/.test(table) || columns.some((c) => !/^[a-z_]+$/.test(c))) throw new Error(`insertRows: bad table or column name in ${table}`)
  const pg = dialectOf(payload) === 'postgres'
  const quote = (name: string) => `"${name}"`
  const out: Row[] = []
  for (let i = 0; i < rows.length; i += chunkRows) {
    const chunk = rows.slice(i, i + chunkRows)
    let n = 0
    const values = chunk.map((r) => `(${r.map(() => (pg ? `$${++n}` : '?')).join(', ')})`).join(', ')
    const text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${values}${returning.length ? ` returning ${returning.map(quote).join(', ')}` : ''}`
    out.push(...(await rawRows(payload, { postgres: text, sqlite: text }, chunk.flat())))
  }
  return out
}
