import type { Payload } from 'payload'
import type { Env } from '../config/env'
import { attachChangeStream, type ChangeStream } from './change-stream'
import { LocalChangeStream } from './local-change-stream'

/** Starts the instance's content-change stream for its database and attaches it to the Payload instance. */
export async function startChangeStream(payload: Payload, env: Env): Promise<ChangeStream> {
  let stream: ChangeStream
  if (env.dialect === 'postgres') {
    const { PostgresChangeStream } = await import('./postgres-change-stream')
    const pgStream = new PostgresChangeStream(payload, env.databaseUrl)
    await pgStream.start()
    stream = pgStream
  } else {
    stream = new LocalChangeStream(payload)
  }
  attachChangeStream(payload, stream)
  return stream
}
