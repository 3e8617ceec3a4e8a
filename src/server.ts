import nextEnv from '@next/env'
import next from 'next'
import { installGracefulShutdown } from './boot/graceful-shutdown'
import { startInstance } from './boot/start-instance'
import { ConfigError, readEnv } from './config/env'
import { projectRoot as root } from './config/paths'
import { practiceIndex } from './features/practices/search/practice-index'
import { startJobRunner } from './jobs/runner/start-job-runner'
import { buildApp } from './web/app'

const step = (msg: string) => console.log(`[clearinghouse] ${msg}`)

async function main() {
  // Same .env loading as Payload's CLI and Next, so all three see one configuration.
  nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })
  const env = readEnv()
  const started = Date.now()
  step(`database: ${env.dialect}`)
  // Payload first: Next's route handlers then find this instance in Payload's cache and reuse it,
  // so hooks (cache invalidation) and jobs exist once in this process. Migrations, first admin and
  // demo seed run under a start-up lock: instances started together do them once.
  const payload = await startInstance(env, step)
  // Load the idea bank's search index now rather than on the first reader's request.
  await practiceIndex(payload).ready()

  const nextApp = next({ dev: false, dir: root, quiet: true })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  const app = await buildApp({ payload, env, next: (req, res) => handle(req, res), logger: env.logRequests || process.env.NODE_ENV === 'production' })
  await app.listen({ port: env.port, host: process.env.HOST ?? '0.0.0.0' })
  // Durable jobs (mails now; reminders, newsletters, imports later) run here unless RUN_JOBS=false.
  const runner = env.runJobs ? startJobRunner(payload, env) : undefined
  step(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${env.publicUrl}  (admin: ${env.publicUrl}/admin)`)
  installGracefulShutdown({ app, runner, payload }, { log: step })
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`[clearinghouse] configuration error: ${error.message}`)
  else console.error('[clearinghouse] failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
