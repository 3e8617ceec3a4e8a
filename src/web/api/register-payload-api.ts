import type { ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { handleEndpoints } from 'payload'
import { payloadKeyOf } from '../../boot/payload-key'
import { defaultLocale } from '../../i18n/locales'
import { apiContentSecurityPolicy, setHandoverHeaders } from '../handover-headers'
import type { Deps } from '../public-page'
import { handleGraphQL } from './handle-graphql'
import { hideInternalUrl } from './hide-internal-url'
import { malformedQueryOf } from './malformed-query'
import { sendWebResponse } from './send-web-response'
import { toWebRequest } from './to-web-request'
import { asksForMissingVersions } from './unversioned-versions'

const apiPath = /^\/api(\/|\?|$)/

function sendError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ errors: [{ message }] }))
}

/** The status of an error that is the caller's mistake (Payload's APIError and kin carry one). */
function clientStatusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}
const graphqlPath = /^\/api\/graphql(\?|$)/

/**
 * Payload's REST and GraphQL API served by Fastify, without Next.js. Handed over before Fastify
 * reads the body, so Payload gets the untouched stream (logins, multipart uploads).
 */
export function registerPayloadApi(app: FastifyInstance, deps: Deps, logger = false): void {
  const key = payloadKeyOf(deps.payload)
  app.addHook('onRequest', async (req, reply) => {
    if (!apiPath.test(req.url)) return
    reply.hijack()
    const res = reply.raw
    setHandoverHeaders(res, apiContentSecurityPolicy)
    if (asksForMissingVersions(deps.payload, req.url)) {
      sendError(res, 404, 'Not Found')
      return
    }
    const malformed = malformedQueryOf(req.url)
    if (malformed) {
      sendError(res, 400, malformed)
      return
    }
    try {
      const request = toWebRequest(req.raw, deps.env.publicUrl, defaultLocale, req.ip)
      const response =
        graphqlPath.test(req.url) && req.method === 'POST'
          ? await handleGraphQL(deps.payload, request, key)
          : await hideInternalUrl(
              await handleEndpoints({ config: deps.payload.config, payloadInstanceCacheKey: key, request }),
              new URL(request.url).pathname,
            )
      await sendWebResponse(response, res, req.method)
    } catch (error) {
      // A client that went away mid-response is not a server error.
      if (res.destroyed && !res.writableFinished) return
      // Errors thrown before Payload's own handling (an unreadable GraphQL body) that carry a 4xx
      // are the caller's mistake: answered as such and noted without a stack, not logged as errors.
      const status = clientStatusOf(error)
      if (status && !res.headersSent) {
        const message = error instanceof Error ? error.message : 'Bad Request'
        req.log.info({ status, reason: message }, 'API request refused')
        sendError(res, status, message)
        return
      }
      req.log.error({ err: error }, 'API request failed')
      if (!logger) console.error(error)
      if (!res.headersSent) sendError(res, 500, 'Something went wrong.')
      else if (!res.writableEnded) res.destroy()
    }
  })
}
