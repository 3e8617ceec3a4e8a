// Resident memory per role (ROLE=web|admin|worker|all) at demo scale: each role starts the compiled
// server on one demo-seeded SQLite database, answers ~200 requests (every one rendered: unique query
// strings defeat the page cache), and its VmRSS/VmHWM is read from /proc. Used by scripts/bench.mjs;
// also runs alone (after a build): node scripts/bench-rss.mjs [--port 3230] [--roles web,worker]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeFlags, serverEntry } from './compile-server.mjs'

const sitePaths = ['/sv/', '/sv/news', '/en/practices', '/fi/organisations', '/api/news?limit=5']
// The admin roles also render admin views for a signed-in editor (Next.js server components).
const adminPaths = ['/admin', '/admin/collections/news', '/admin/collections/practices']
const rolePaths = { web: sitePaths, admin: [...sitePaths, ...adminPaths], all: [...sitePaths, ...adminPaths], worker: ['/healthz'] }
const admin = { email: 'rss@example.org', password: 'rss-bench-password' }

async function signIn(base) {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(admin),
  })
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  if (!cookie) throw new Error(`sign-in for the admin views failed (${res.status})`)
  return { cookie: cookie.split(';')[0], 'sec-fetch-site': 'same-origin' }
}

function startServer(root, env) {
  const child = spawn(process.execPath, [...nodeFlags, serverEntry(root)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines = []
  const keep = (chunk) => lines.push(...chunk.toString().split('\n').filter(Boolean).slice(-20))
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${env.ROLE}: not ready in 240 s\n${lines.slice(-20).join('\n')}`)), 240_000)
    child.stdout.on('data', (chunk) => {
      if (!chunk.toString().includes('[clearinghouse] ready')) return
      clearTimeout(timer)
      resolve()
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${env.ROLE}: exited (${code})\n${lines.slice(-20).join('\n')}`))
    })
  })
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
      child.once('exit', () => (clearTimeout(kill), resolve()))
      child.kill('SIGTERM')
    })
  return { child, ready, stop }
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const mb = (field) => Math.round(Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 102.4) / 10
  return { rssMB: mb('VmRSS'), peakRssMB: mb('VmHWM') }
}

/** Starts each role in turn on port `port` and returns { role: { rssMB, peakRssMB, startS, requests } }. */
export async function measureRoleRss({ root, port, roles = ['web', 'admin', 'worker', 'all'], requests = 200, log = console.log }) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'clearinghouse-rss-'))
  const env = (role) => ({
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'rss.db')}`,
    SEED: 'demo',
    ROLE: role,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    HOST: '127.0.0.1',
    LOG_REQUESTS: 'false',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  })
  const results = {}
  try {
    // Seed once, in a process of its own, so no role's figure includes the seeding.
    const seeding = startServer(root, { ...env('worker'), RUN_JOBS: 'false' })
    await seeding.ready
    await seeding.stop()
    for (const role of roles) {
      const t0 = Date.now()
      const server = startServer(root, env(role))
      try {
        await server.ready
        const startS = Math.round((Date.now() - t0) / 100) / 10
        const base = `http://127.0.0.1:${port}`
        const paths = rolePaths[role]
        const headers = paths === sitePaths || role === 'worker' ? {} : await signIn(base)
        for (let i = 0; i < requests; i++) {
          const p = paths[i % paths.length]
          const res = await fetch(`${base}${p}${p.includes('?') ? '&' : '?'}rss=${i}`, { redirect: 'manual', headers })
          await res.arrayBuffer()
          if (res.status !== 200) throw new Error(`${role}: ${p} answered ${res.status}`)
        }
        results[role] = { ...memoryOf(server.child.pid), startS, requests }
        log(`RSS ${role}: ${results[role].rssMB} MB after ${requests} requests (peak ${results[role].peakRssMB} MB, ready in ${startS} s)`)
      } finally {
        await server.stop()
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
  return results
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const roles = arg('roles', 'web,admin,worker,all').split(',')
  measureRoleRss({ root, port: Number(arg('port', 3201)), roles })
    .then((r) => console.log(JSON.stringify(r)))
    .catch((e) => {
      console.error(e.message)
      process.exitCode = 1
    })
}
