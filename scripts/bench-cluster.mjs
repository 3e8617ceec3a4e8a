// Figures of two instances on one PostgreSQL behind nginx (tests/multi-instance): time from commit to
// the change being visible on the other instance (p50/p95 over 100 edits) and jobs per second with
// two runners. Used by scripts/bench.mjs when DATABASE_URL is postgres:// and nginx is installed.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export async function measureCluster({ root, log }) {
  const nginx = process.env.NGINX_PATH || '/usr/sbin/nginx'
  if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') || !existsSync(nginx)) {
    log('cluster figures skipped: they need DATABASE_URL=postgres://… and nginx')
    return undefined
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cluster-'))
  const file = path.join(dir, 'figures.json')
  try {
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(root, 'scripts', 'multi-instance.mjs')], {
        cwd: root,
        env: { ...process.env, CLUSTER_FIGURES: file },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      child.on('exit', (c) => resolve(c ?? 1))
    })
    if (code !== 0 || !existsSync(file)) throw new Error(`the multi-instance run failed (exit ${code})`)
    return JSON.parse(readFileSync(file, 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
