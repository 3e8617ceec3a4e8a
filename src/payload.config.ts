import { buildPayloadConfig } from './config/build-payload-config'
import { env } from './config/env'

/** Entry point for Payload's CLI and the Next.js admin; the configuration itself is built in config/. */
export default buildPayloadConfig(env())
