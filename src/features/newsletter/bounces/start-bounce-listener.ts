import type { Payload } from 'payload'
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server'
import { deliveryOfVerp } from '../addresses'
import { inboundAddressKind } from './inbound-address-kind'
import { inboundMaxBytes, type InboundSettings } from './inbound-settings'
import { receiveInboundMail } from './receive-inbound-mail'

export type BounceListener = { port: number; stop: () => Promise<void> }

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code })

/**
 * The app's own inbound SMTP listener for the bounce domain: the MTA routes mail for
 * bounces+…@, bounces@ and unsubscribe+…@ there (a transport map). It takes no authentication
 * and no TLS, so it must listen only where the MTA reaches it (BOUNCE_SMTP_HOST, 127.0.0.1 by
 * default, or a private interface). Other recipients are refused at RCPT, as is a return path
 * with a wrong signature (a forgery); a message over 2 MB is refused. A failure while processing
 * answers 451, so the MTA keeps the message and tries again later.
 */
export async function startBounceListener(payload: Payload, settings: InboundSettings, where: { port: number; host: string }): Promise<BounceListener> {
  const server = new SMTPServer({
    banner: 'newsletter bounces',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: inboundMaxBytes,
    maxClients: 20,
    closeTimeout: 5_000,
    logger: false,
    onRcptTo(address, _session, callback) {
      const kind = inboundAddressKind(address.address, settings.bounceDomain)
      if (!kind) return callback(smtpError(550, '5.1.1 No such recipient here'))
      if (/^bounces\+/i.test(address.address) && deliveryOfVerp(settings.verpSecret, address.address) === undefined) {
        return callback(smtpError(550, '5.7.1 Unknown return path'))
      }
      callback()
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(552, '5.3.4 Message too big'))
        const raw = Buffer.concat(chunks)
        void (async () => {
          for (const rcpt of session.envelope.rcptTo) await receiveInboundMail(payload, settings, raw, rcpt.address)
        })().then(
          () => callback(),
          (error: unknown) => {
            payload.logger.error({ err: error }, 'bounce listener: could not process a message')
            callback(smtpError(451, '4.3.0 Try again later'))
          },
        )
      })
    },
  })
  server.on('error', (error) => payload.logger.warn({ err: error }, 'bounce listener'))
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(where.port, where.host, () => resolve())
  })
  return {
    port: (server.server.address() as { port: number }).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
