// npm start: build when the sources changed since the last build, then run the server.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeFlags, serverEntry } from './compile-server.mjs'
import { ensureBuilt } from './ensure-built.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const status = ensureBuilt(root, { log: (m) => console.log(`[start] ${m}`) })
if (status !== 0) process.exit(status)

const server = spawn(process.execPath, [...nodeFlags, serverEntry(root)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
