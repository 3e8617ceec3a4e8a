import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'

/** The newest outbox mail to this address that contains `text` (the server writes .eml files without SMTP). */
export function newestMail(email: string, text = ''): string | undefined {
  const dir = path.join(process.env.E2E_DATA_DIR ?? '', 'outbox')
  if (!existsSync(dir)) return undefined
  return readdirSync(dir)
    .sort()
    .reverse()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/=\r?\n/g, ''))
    .find((m) => m.includes(`To: ${email}`) && m.includes(text))
}

/** Mails are sent by a background job, so wait for the mail to arrive rather than read the outbox once. */
export async function waitForMail(email: string, text = ''): Promise<string> {
  await expect.poll(() => newestMail(email, text) !== undefined, { timeout: 20_000, interval: 250, message: `a mail to ${email}` }).toBe(true)
  return newestMail(email, text)!
}
