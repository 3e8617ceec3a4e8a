// A real server process for the shutdown test (tests/integration/graceful-shutdown.test.ts): the
// same start-up, Fastify app, job runner and SIGTERM handling as src/server.ts, without Next's
// admin (which needs a production build). Adds GET /slow?ms=… to hold a request in flight.
import { installGracefulShutdown } from '../../src/boot/graceful-shutdown'
import { startInstance } from '../../src/boot/start-instance'
import { readEnv } from '../../src/config/env'
import { startJobRunner } from '../../src/jobs/runner/start-job-runner'
import { buildApp } from '../../src/web/app'

const log = (msg: string) => console.log(`[serve-for-shutdown] ${msg}`)
const env = readEnv()
const payload = await startInstance(env, log)
const app = await buildApp({ payload, env })
app.get('/slow', async (req) => {
  const ms = Number((req.query as { ms?: string }).ms ?? 1000)
  await new Promise((resolve) => setTimeout(resolve, ms))
  return { slept: ms }
})
await app.listen({ port: env.port, host: '127.0.0.1' })
const runner = env.runJobs ? startJobRunner(payload, env) : undefined
installGracefulShutdown({ app, runner, payload }, { log, timeoutMs: Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 9500) })
log('listening')
