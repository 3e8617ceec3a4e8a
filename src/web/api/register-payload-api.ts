import type { FastifyInstance } from 'fastify'
import { handleEndpoints } from 'payload'
import { payloadKeyOf } from '../../boot/payload-key'
import { defaultLocale } from '../../i18n/locales'
import { apiContentSecurityPolicy, setHandoverHeaders } from '../handover-headers'
import type { Deps } from '../public-page'
import { handleGraphQL } from './handle-graphql'
import { hideInternalUrl } from './hide-internal-url'
import { sendWebResponse } from './send-web-response'
import { toWebRequest } from './to-web-request'
import { asksForMissingVersions } from './unversioned-versions'

const apiPath = /^\/api(\/|\?|$)/
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
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end('{"errors":[{"message":"Not Found"}]}')
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
      req.log.error({ err: error }, 'API request failed')
      if (!logger) console.error(error)
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end('{"errors":[{"message":"Something went wrong."}]}')
      } else if (!res.writableEnded) res.destroy()
    }
  })
}
