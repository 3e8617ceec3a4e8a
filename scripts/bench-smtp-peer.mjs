// A local SMTP peer for scripts/bench-newsletter.ts: accepts every message and discards it, like a
// fast MTA. Prints "[smtp-peer] <port>" when listening.
import { SMTPServer } from 'smtp-server'

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, done) {
    stream.on('data', () => {})
    stream.on('end', () => done())
  },
})
server.on('error', () => {})
server.listen(0, '127.0.0.1', () => console.log(`[smtp-peer] ${server.server.address().port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
