import { startPayload } from '../boot/start-payload'
import { readEnv } from '../config/env'
import { seedIfEmpty } from './seed-if-empty'

/** npm run seed: migrates, then loads the demo content into an empty database. */
const env = readEnv()
const payload = await startPayload(env)
const seeded = await seedIfEmpty(payload, (m) => console.log(m))
console.log(seeded ? 'Demo content loaded.' : 'The database already has content; nothing was changed.')
await payload.destroy()
process.exit(0)
