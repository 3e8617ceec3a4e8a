// s3rver ships no types; only what tests/helpers/start-s3rver.ts uses.
declare module 's3rver' {
  import type { AddressInfo } from 'node:net'

  type Options = {
    address?: string
    port?: number
    silent?: boolean
    directory?: string
    resetOnClose?: boolean
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[]
  }

  export default class S3rver {
    constructor(options?: Options)
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}
