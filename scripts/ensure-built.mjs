// Builds (scripts/build.mjs) when there is no build yet or the sources changed since it was made.
// Shared by npm start, the e2e run and the bench. Returns the build's exit status (0 when up to date).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { serverEntry } from './compile-server.mjs'
import { sourceHash } from './source-hash.mjs'

export function ensureBuilt(root, { log = console.log, env = process.env } = {}) {
  const hashFile = path.join(root, '.next', 'source-hash')
  const built = existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(serverEntry(root)) && existsSync(hashFile)
  if (built && readFileSync(hashFile, 'utf8') === sourceHash(root)) return 0
  log(built ? 'sources changed since the last build: rebuilding.' : 'no build yet: building the app.')
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit', env })
  return result.status ?? 1
}
