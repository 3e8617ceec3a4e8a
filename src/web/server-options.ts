import type { FastifyServerOptions } from 'fastify'
import type { Env } from '../config/env'
import { loggablePath, requestIdFor } from './request-log'
import { compileProxyTrust } from './trusted-proxies'

/** Where JSON log lines go: true for stdout, a stream in tests, false for none. */
export type LogDestination = boolean | { write: (line: string) => void }

/**
 * Fastify's client-address, request-id and logger settings. `req.ip` (rate limits, logs) follows
 * X-Forwarded-For only through the proxies in TRUSTED_PROXIES; logs are JSON lines (pino) with
 * cookies and credentials redacted, and Fastify's own two lines per request replaced by ours.
 */
export function serverOptions(env: Env, log: LogDestination): FastifyServerOptions {
  const trust = compileProxyTrust(env.trustedProxies)
  return {
    trustProxy: env.trustedProxies.length > 0 ? trust : false,
    genReqId: (raw) => requestIdFor(raw, trust),
    requestIdHeader: false,
    requestIdLogLabel: 'reqId',
    disableRequestLogging: true,
    logger: log
      ? {
          level: 'info',
          redact: ['req.headers.cookie', 'req.headers.authorization', 'headers.cookie', 'headers.authorization'],
          // Error lines name the request by id, method and redacted path only.
          serializers: { req: (req: { method?: string; url?: string }) => ({ method: req.method, path: loggablePath(req.url ?? '') }) },
          ...(typeof log === 'object' ? { stream: log } : {}),
        }
      : false,
  }
}
