// npm run build: migrate the configured database, then build the Payload admin (Next.js).
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compileServer } from './compile-server.mjs'
import { sourceHash } from './source-hash.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const env = { ...process.env, NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1' }
// Payload's CLI loads the Lexical editor: see nodeFlags in compile-server.mjs.
const payloadEnv = { ...env, NODE_OPTIONS: '--no-deprecation --conditions=production' }

const steps = [
  ['Generating the admin import map', bin('payload'), ['generate:importmap'], payloadEnv],
  ['Applying database migrations', bin('payload'), ['migrate'], payloadEnv],
  ['Building the admin (Next.js); this takes a few minutes the first time', bin('next'), ['build'], env],
]

for (const [i, [label, cmd, args, stepEnv]] of steps.entries()) {
  const started = Date.now()
  console.log(`[build ${i + 1}/${steps.length + 1}] ${label}…`)
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...stepEnv, NODE_ENV: 'production' } })
  if (result.status !== 0) {
    console.error(`[build] "${label}" failed (exit ${result.status}).`)
    process.exit(result.status ?? 1)
  }
  console.log(`[build ${i + 1}/${steps.length + 1}] done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
const started = Date.now()
console.log(`[build ${steps.length + 1}/${steps.length + 1}] Compiling the server…`)
await compileServer(root)
console.log(`[build ${steps.length + 1}/${steps.length + 1}] done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
writeFileSync(path.join(root, '.next', 'source-hash'), sourceHash(root))
