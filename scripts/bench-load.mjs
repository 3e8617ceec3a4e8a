// Load generator for `npm run bench`, run in its own process (pinned to its own core by bench.mjs):
// an autocannon warm-up that is discarded, then the measured run. Prints one JSON line with the
// summary plus the CPU time the server process and this process used during the measured run.
// Usage: node scripts/bench-load.mjs <url> <connections> <seconds> <warmupSeconds> <serverPid>
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

const [url, connections, seconds, warmupSeconds, serverPid] = process.argv.slice(2)
const run = (duration) => autocannon({ url, connections: Number(connections), duration: Number(duration) })

/** User + system CPU seconds of a process, all threads (clock ticks, USER_HZ = 100). */
const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}
const ownCpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

await run(warmupSeconds)
const [server0, own0] = [cpuOf(serverPid), ownCpu()]
const r = await run(seconds)
const [server1, own1] = [cpuOf(serverPid), ownCpu()]
console.log(
  JSON.stringify({
    requests: r.requests.total,
    seconds: r.duration,
    serverCpuS: server1 - server0,
    clientCpuS: own1 - own0,
    latencyP50ms: r.latency.p50,
    latencyP99ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  }),
)
