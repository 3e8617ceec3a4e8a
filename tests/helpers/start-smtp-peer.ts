import { SMTPServer } from 'smtp-server'

export type SmtpPeer = {
  /** smtp:// URL for SMTP_URL. */
  url: string
  /** The raw messages received, in order (clear it with `received.length = 0`). */
  received: string[]
  /** The envelope of each received message, same order (MAIL FROM and RCPT TO). */
  envelopes: { from: string; to: string[] }[]
  /** While true, connections are refused with 421 (an SMTP outage). */
  refuse: boolean
  stop: () => Promise<void>
}

/**
 * A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives. A connection reset by a
 * sender (e.g. a killed instance) is expected in these tests and not an uncaught error.
 */
export async function startSmtpPeer(): Promise<SmtpPeer> {
  const received: string[] = []
  const envelopes: SmtpPeer['envelopes'] = []
  const peer = { received, envelopes, refuse: false } as SmtpPeer
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onConnect(_session, callback) {
      callback(peer.refuse ? Object.assign(new Error('421 Service not available'), { responseCode: 421 }) : undefined)
    },
    onData(stream, session, done) {
      let data = ''
      stream.on('data', (c: Buffer) => (data += c.toString()))
      stream.on('end', () => {
        received.push(data)
        const from = session.envelope.mailFrom
        envelopes.push({ from: from ? from.address : '', to: session.envelope.rcptTo.map((r) => r.address) })
        done()
      })
    },
  })
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  peer.url = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`
  peer.stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return peer
}
