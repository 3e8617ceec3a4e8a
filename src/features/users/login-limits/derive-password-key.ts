import { pbkdf2, randomBytes } from 'node:crypto'

/**
 * Payload 3.90.1's password hash (generatePasswordSaltHash, "pbkdf2-sha256-v1"): PBKDF2-SHA256,
 * 600,000 iterations, 32 bytes, over a 64-hex-character salt. Its login derives this key from the
 * given password for every account that exists; the login-limits test checks these parameters
 * against a hash Payload stored.
 */
export const payloadPasswordHash = { digest: 'sha256', iterations: 600_000, keyLength: 32 } as const

// A salt like Payload's (32 random bytes as hex); the key derived with it is thrown away.
const decoySalt = randomBytes(32).toString('hex')

/** The key Payload would derive from `password` with `salt` (hex): the same work, the same time. */
export function derivePasswordKey(password: string, salt = decoySalt): Promise<string> {
  const { digest, iterations, keyLength } = payloadPasswordHash
  return new Promise((resolve, reject) =>
    pbkdf2(password, salt, iterations, keyLength, digest, (err, key) => (err ? reject(err) : resolve(key.toString('hex')))),
  )
}
