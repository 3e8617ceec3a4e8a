// npm run test:multi-instance: two compiled server processes on one PostgreSQL behind Debian's nginx,
// with s3rver and an SMTP peer (tests/multi-instance). Needs DATABASE_URL=postgres://… and nginx;
// builds first when the sources changed (as npm start does). Prints the cluster figures at the end.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from './ensure-built.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) {
  console.error('test:multi-instance needs DATABASE_URL=postgres://… (e.g. postgres://postgres@127.0.0.1:5432/test).')
  process.exit(1)
}
const nginx = process.env.NGINX_PATH || '/usr/sbin/nginx'
if (!existsSync(nginx)) {
  console.error(`test:multi-instance needs nginx at ${nginx} (Debian: apt-get install nginx), or NGINX_PATH.`)
  process.exit(1)
}
const status = ensureBuilt(root, { log: (m) => console.log(`[multi-instance] ${m}`) })
if (status !== 0) process.exit(status)
const vitest = path.join(root, 'node_modules', '.bin', 'vitest')
const child = spawn(vitest, ['run', '--project', 'multi-instance', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: process.env })
child.on('exit', (code) => process.exit(code ?? 1))
