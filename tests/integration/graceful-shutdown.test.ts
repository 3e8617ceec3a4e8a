import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../helpers/test-payload'

const port = 3111
const base = `http://127.0.0.1:${port}`
let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(async () => {
  await db?.drop()
})

type Server = { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; at: number }> }

/** Starts the real server process (tsx, Node flags as in production) and waits until it listens. */
async function startServer(extraEnv: Record<string, string> = {}): Promise<Server> {
  const env = db.env
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', path.join('tests', 'helpers', 'serve-for-shutdown.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      DATA_DIR: env.dataDir,
      PAYLOAD_SECRET: env.payloadSecret,
      PORT: String(port),
      SEED: 'none',
      JOB_POLL_MS: '100',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })))
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('listening')) resolve()
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    void exited.then(({ code }) => reject(new Error(`server exited (${code}) before listening:\n${output}`)))
  })
  return { child, output: () => output, exited }
}

async function waitForLog(server: Server, text: string): Promise<void> {
  while (!server.output().includes(text)) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('SIGTERM', () => {
  it('lets a slow request in flight finish, refuses new connections, and exits 0 well within 10 s', async () => {
    const server = await startServer()
    const slow = fetch(`${base}/slow?ms=2000`).then(async (res) => ({ status: res.status, body: await res.json() }))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const signalled = Date.now()
    server.child.kill('SIGTERM')
    await waitForLog(server, 'SIGTERM')
    // No longer accepting: a new connection is refused (or answered 503 while closing).
    const late = await fetch(`${base}/healthz`).then((r) => r.status, () => 'refused')
    expect(['refused', 503]).toContain(late)
    expect(await slow).toEqual({ status: 200, body: { slept: 2000 } })
    const { code, at } = await server.exited
    expect(code, server.output()).toBe(0)
    expect(at - signalled).toBeLessThan(10_000)
    expect(server.output()).toContain('jobs stopped')
    expect(server.output()).toMatch(/\] stopped/)
  }, 120_000)

  it('forces the exit when a request does not finish in time', async () => {
    const server = await startServer({ SHUTDOWN_TIMEOUT_MS: '1500' })
    const stuck = fetch(`${base}/slow?ms=30000`).catch(() => 'cut off')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const signalled = Date.now()
    server.child.kill('SIGTERM')
    const { code, at } = await server.exited
    expect(code).toBe(1)
    expect(at - signalled).toBeLessThan(5_000)
    expect(server.output()).toContain('shutdown took too long')
    expect(await stuck).toBe('cut off')
  }, 120_000)
})
