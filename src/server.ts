import nextEnv from '@next/env'
import { startRole, roleServes } from './boot/start-role'
import { installGracefulShutdown } from './boot/graceful-shutdown'
import { ConfigError, readEnv } from './config/env'
import { projectRoot as root } from './config/paths'

const step = (msg: string) => console.log(`[clearinghouse] ${msg}`)

async function main() {
  // Same .env loading as Payload's CLI and Next, so all three see one configuration.
  // (@next/env is a small package of its own; it does not load Next.js.)
  nextEnv.loadEnvConfig(root, false, { info: () => {}, error: console.error })
  const env = readEnv()
  const started = Date.now()
  step(`database: ${env.dialect}, role: ${env.role}${env.runJobs ? ' (runs jobs)' : ''}`)
  const { payload, app, runner, inbound } = await startRole(env, step)
  const admin = roleServes[env.role].admin ? `  (admin: ${env.publicUrl}/admin)` : ''
  step(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${env.publicUrl}${admin}`)
  installGracefulShutdown({ app, runner, payload, inbound }, { log: step })
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`[clearinghouse] configuration error: ${error.message}`)
  else console.error('[clearinghouse] failed to start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
