import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { startPayload } from '../../src/boot/start-payload'
import { stopPayload } from '../../src/boot/stop-payload'
import type { ConfigOptions } from '../../src/config/build-payload-config'
import type { TestPayload } from './test-payload'

/**
 * Starts another Payload instance on the same database as `t`, as a second app process would:
 * its own connections, its own change stream. Stop it before `t.cleanup()` drops the database.
 */
export async function startSecondInstance(t: TestPayload, options: ConfigOptions = {}): Promise<{ payload: Payload; stop: () => Promise<void> }> {
  const payload = await startPayload(t.env, `second-${randomBytes(4).toString('hex')}`, options)
  return { payload, stop: () => stopPayload(payload) }
}
