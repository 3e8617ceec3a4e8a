// A worker process for the crash tests: Payload on the environment's database with the project's
// job runner, as ROLE=worker runs it, and nothing else. Killed with SIGKILL by the tests. With
// WAIT_FOR_GO=1 it boots, says "booted", and starts its runner only when "go" arrives on stdin: a
// replacement booted in advance, so a restart after a kill costs the lease, not the boot.
import { startPayload } from '../../src/boot/start-payload'
import { readEnv } from '../../src/config/env'
import { startJobRunner } from '../../src/jobs/runner/start-job-runner'

const env = readEnv()
const payload = await startPayload(env)
if (process.env.WAIT_FOR_GO === '1') {
  console.log('newsletter worker booted')
  await new Promise<void>((resolve) => process.stdin.on('data', (d: Buffer) => d.toString().includes('go') && resolve()))
}
startJobRunner(payload, env, { id: process.env.RUNNER_ID })
console.log('newsletter worker ready')
