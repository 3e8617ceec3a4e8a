import net from 'node:net'
import nodemailer from 'nodemailer'
import { afterAll, describe, expect, it } from 'vitest'
import { shutDown } from '../../src/boot/graceful-shutdown'
import { startRole } from '../../src/boot/start-role'
import { createTestDatabase, type TestDatabase } from '../helpers/test-payload'

let db: TestDatabase | undefined

afterAll(async () => {
  await db?.drop()
})

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('the bounce listener in a role that runs jobs', () => {
  it('is started by the worker role on BOUNCE_SMTP_PORT (bound to BOUNCE_SMTP_HOST) and closed by the shutdown', async () => {
    const [port, smtpPort] = [await freePort(), await freePort()]
    db = await createTestDatabase({ ROLE: 'worker', PORT: String(port), BOUNCE_SMTP_PORT: String(smtpPort), BOUNCE_DOMAIN: 'bounce.example.org' })
    const running = await startRole(db.env, () => {})
    expect(running.inbound?.port).toBe(smtpPort)
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true })
    expect(await client.verify()).toBe(true)
    client.close()

    let code: number | undefined
    await shutDown(running, { log: () => {}, exit: (c) => (code = c) })
    expect(code).toBe(0)
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(smtpPort, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(false)))
      socket.once('error', () => resolve(true))
    })
    expect(refused).toBe(true)
  })
})
