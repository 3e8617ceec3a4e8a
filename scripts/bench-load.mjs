// Load generator for `npm run bench`: wrk (Debian package `wrk`), one thread, pinned to CPU 1 while the
// server runs on CPU 0, so the client never competes with the server for a core (autocannon, used
// before, needed most of a core itself and so measured the client). A discarded warm-up, then the
// measured run; the server's CPU time is read from /proc around the measured run only.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-wrk.lua')
const hasTaskset = spawnSync('taskset', ['-V']).status === 0
const TICKS_PER_S = 100 // USER_HZ on Linux

/** User + system CPU seconds of a process and all its threads (fields 14 and 15 of /proc/<pid>/stat). */
export function readCpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S
}

/** CPU seconds of this process's finished children (cutime + cstime): here, the wrk runs. */
const childrenCpuSeconds = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_S
}

function wrk(url, connections, seconds, unique) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, url]
  const [cmd, argv] = hasTaskset ? ['taskset', ['-c', '1', 'wrk', ...args]] : ['wrk', args]
  const env = { ...process.env, ...(unique ? { BENCH_UNIQUE: unique } : {}) }
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('error', (e) => reject(new Error(`cannot run wrk (apt-get install wrk): ${e.message}`)))
    child.on('exit', (code) => {
      const json = out.split('\n').find((l) => l.startsWith('{'))
      if (code !== 0 || !json) return reject(new Error(`wrk failed (exit ${code}): ${(err || out).slice(-500)}`))
      resolve(JSON.parse(json))
    })
  })
}

/**
 * One load round against `url`: warm-up (discarded), then the measured run. `unique` makes every
 * request ask for a new path (`unique` + a counter) instead of `url`'s path.
 */
export async function runLoad({ url, connections, seconds, warmupS, serverPid, unique }) {
  if (warmupS > 0) await wrk(url, connections, warmupS, unique)
  const [server0, client0] = [readCpuSeconds(serverPid), childrenCpuSeconds()]
  const r = await wrk(url, connections, seconds, unique)
  const [server1, client1] = [readCpuSeconds(serverPid), childrenCpuSeconds()]
  return {
    requests: r.requests,
    seconds: r.durationUs / 1e6,
    serverCpuS: server1 - server0,
    clientCpuS: client1 - client0,
    latencyP50ms: r.latencyP50ms,
    latencyP99ms: r.latencyP99ms,
    non2xx: r.non2xx,
    errors: r.errors,
  }
}
