import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type Instance = {
  name: string
  port: number
  url: string
  pid: number
  output: () => string
  /** SIGKILL: no shutdown work at all, as when the machine or the process dies. */
  kill9: () => Promise<void>
  /** SIGTERM, then waits for the exit; returns the exit code and how long it took. */
  stop: () => Promise<{ code: number | null; ms: number }>
}

/** Starts one compiled server process (dist/server.mjs, built by ensure-built) and waits for /readyz. */
export async function startInstance(name: string, port: number, env: Record<string, string>): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, ['--no-deprecation', '--conditions=production', path.join(root, 'dist', 'server.mjs')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-100_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const until = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited early:\n${out}`)
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`instance ${name} not ready in time:\n${out}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    name,
    port,
    url,
    pid: child.pid ?? 0,
    output: () => out,
    kill9: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      const start = performance.now()
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const code = await exited
      return { code, ms: performance.now() - start }
    },
  }
}
