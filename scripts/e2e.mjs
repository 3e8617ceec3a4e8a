// npm run test:e2e: build when needed, start the real server on a throwaway database with the demo
// content, run the browser tests (tests/e2e) against it with Debian's Chromium, then stop the server.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeFlags, serverEntry } from './compile-server.mjs'
import { ensureBuilt } from './ensure-built.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT) || 3101
const baseUrl = `http://localhost:${port}`
const readyTimeoutMs = 180_000
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

if (!existsSync(chromium)) {
  console.error(`[e2e] Chromium was not found at ${chromium}. The end-to-end tests drive the system Chromium`)
  console.error('[e2e] (Debian: apt-get install chromium), or set CHROMIUM_PATH to another Chromium binary.')
  process.exit(1)
}

// 1. Build when there is no build or the sources changed since it was made (as npm start does).
const buildStatus = ensureBuilt(root, { log: (m) => console.log(`[e2e] ${m}`) })
if (buildStatus !== 0) process.exit(buildStatus)

// 2. Start the server like scripts/start.mjs, on its own data folder and database.
const dataDir = mkdtempSync(path.join(tmpdir(), 'clearinghouse-e2e-'))
const serverEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
  PORT: String(port),
  PUBLIC_URL: baseUrl,
  SEED: 'demo',
  ADMIN_EMAIL: 'admin@example.org',
  ADMIN_PASSWORD: 'e2e-admin-password',
}
// Settings of the developer's own instance must not leak into the test server.
for (const name of ['PAYLOAD_SECRET', 'SMTP_URL', 'HOST', 'LOG_REQUESTS']) delete serverEnv[name]

console.log(`[e2e] starting the server on ${baseUrl} (data in ${dataDir})`)
const server = spawn(process.execPath, [...nodeFlags, serverEntry(root)], {
  cwd: root,
  env: serverEnv,
  stdio: ['ignore', 'pipe', 'pipe'],
})
let serverOutput = ''
let serverExited = false
const keep = (chunk) => {
  serverOutput += chunk.toString()
  if (serverOutput.length > 200_000) serverOutput = serverOutput.slice(-200_000)
}
server.stdout.on('data', keep)
server.stderr.on('data', keep)
server.on('exit', () => {
  serverExited = true
})

let cleanedUp = false
function stopServer() {
  if (cleanedUp) return
  cleanedUp = true
  if (!serverExited) server.kill('SIGTERM')
}
function removeData() {
  try {
    rmSync(dataDir, { recursive: true, force: true })
  } catch {
    // A leftover temp folder is harmless.
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer()
    removeData()
    process.exit(130)
  })
}
process.on('exit', () => {
  if (!serverExited) server.kill('SIGKILL')
})

function waitForReady() {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the server was not ready after ${readyTimeoutMs / 1000} s`)), readyTimeoutMs)
    const check = () => {
      if (/\[clearinghouse\] ready/.test(serverOutput)) done()
    }
    const onExit = (code, signal) => done(new Error(`the server exited early (${signal ?? `exit ${code}`})`))
    function done(error) {
      clearTimeout(timer)
      server.stdout.off('data', check)
      server.off('exit', onExit)
      if (error) reject(error)
      else resolve()
    }
    server.stdout.on('data', check)
    server.on('exit', onExit)
    check()
  })
}

async function waitForExit(ms) {
  if (serverExited) return
  await new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (!serverExited) server.kill('SIGKILL')
      resolve()
    }, ms)
    server.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

let exitCode = 1
try {
  await waitForReady()
  console.log(`[e2e] server ready after ${elapsed()}; running the browser tests`)

  // 3. The tests, in their own vitest config so `npm test` never picks them up.
  const vitest = path.join(root, 'node_modules', '.bin', 'vitest')
  const tests = spawn(vitest, ['run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // The tests read mails the server wrote to its outbox (e.g. a submitter's private link).
    env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_CHROMIUM: chromium, E2E_DATA_DIR: dataDir },
  })
  exitCode = await new Promise((resolve) => {
    tests.on('error', (error) => {
      console.error(`[e2e] could not run vitest: ${error.message}`)
      resolve(1)
    })
    tests.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
  if (exitCode !== 0) {
    // Server-side errors (a 500 behind a failed assertion) show up here.
    const tail = serverOutput.trimEnd().split('\n').slice(-60).join('\n')
    console.log(`[e2e] last lines of the server output:\n${tail}`)
  }
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : error}`)
  console.error(`[e2e] server output:\n${serverOutput}`)
  exitCode = 1
} finally {
  stopServer()
  await waitForExit(15_000)
  removeData()
}
console.log(`[e2e] finished in ${elapsed()} (exit ${exitCode})`)
process.exit(exitCode)
