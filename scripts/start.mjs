// npm start: build when the sources changed since the last build, then run the server.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sourceHash } from './source-hash.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const hashFile = path.join(root, '.next', 'source-hash')
const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(hashFile)
if (!built || readFileSync(hashFile, 'utf8') !== sourceHash(root)) {
  console.log(built ? '[start] sources changed since the last build: rebuilding.' : '[start] first start: building the app.')
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const server = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', path.join(root, 'src', 'server.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
