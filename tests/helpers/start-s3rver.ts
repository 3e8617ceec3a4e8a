import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export type TestS3 = {
  endpoint: string
  bucket: string
  /** The S3_* variables that point an instance at this bucket (overrides for startTestPayload). */
  env: Record<string, string>
  /** The keys of the objects now in the bucket, sorted (read from s3rver's folder, not through S3). */
  keys: () => string[]
  stop: () => Promise<void>
}

/** s3rver's built-in account: it checks request signatures, so the SDK must sign with these. */
const accessKey = 'S3RVER'

/**
 * Starts an in-process S3-compatible server on 127.0.0.1, storing objects in a new temporary folder,
 * with one empty bucket; port 0 takes a free one. Stop it after the Payload instances that use it
 * (a second stop does nothing).
 */
export async function startS3rver(port: number, bucket = `s3-test-${randomBytes(4).toString('hex')}`): Promise<TestS3> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'clearinghouse-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const address = await server.run()
  const endpoint = `http://127.0.0.1:${address.port}`
  let stopped = false
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: accessKey,
      S3_SECRET_ACCESS_KEY: accessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    keys: () => objectKeys(path.join(directory, bucket)),
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}

/** s3rver keeps each object as `<folders of the key>/<last part>._S3rver_object` beside its metadata. */
function objectKeys(bucketDir: string): string[] {
  const suffix = '._S3rver_object'
  return readdirSync(bucketDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length).split(path.sep).join('/'))
    .sort()
}
