import { configToSchema } from '@payloadcms/graphql'
import { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { stripSuggestions } from './strip-suggestions'

type Schema = ReturnType<typeof configToSchema>
// Built once per Payload instance: building the schema takes a noticeable moment and memory.
const schemas = new WeakMap<Payload, Schema>()

function schemaOf(payload: Payload): Schema {
  let schema = schemas.get(payload)
  if (!schema) {
    schema = configToSchema(payload.config)
    schemas.set(payload, schema)
  }
  return schema
}

/** Hides internal error details unless debugging, as Payload's own GraphQL route does. */
function formatError(err: GraphQLError, payload: Payload): GraphQLError {
  const original = err.originalError as { status?: number; name?: string; data?: unknown } | undefined
  const status = original?.status ?? 500
  // Logged as the error it wraps, so Payload's loggingLevels apply to it by name: a refused query
  // (QueryError, 400) is a line of information, a database failure an error with its stack.
  logError({ err: err.originalError ?? err, payload })
  const message = !payload.config.debug && status === 500 ? 'Something went wrong.' : err.message
  // Serialized as message, locations, path and extensions, the shape Payload's admin expects.
  return new GraphQLError(message, {
    nodes: err.nodes,
    source: err.source,
    positions: err.positions,
    path: err.path,
    extensions: { name: original?.name, data: original?.data, statusCode: status },
  })
}

/**
 * Payload's GraphQL endpoint without Next.js: the same steps as @payloadcms/next's GRAPHQL_POST
 * (Payload request with the caller's user and locale, graphql-http over the generated schema).
 */
export async function handleGraphQL(payload: Payload, request: Request, key: string | undefined): Promise<Response> {
  const original = request.clone()
  const req: PayloadRequest = await createPayloadRequest({ canSetHeaders: true, config: payload.config, payloadInstanceCacheKey: key, request })
  if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
  try {
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const { schema, validationRules } = schemaOf(payload)
    const headers: Record<string, string> = {}
    const apiResponse = await createHandler({
      schema,
      context: { headers, req },
      validationRules: (_req, args, defaultRules) => defaultRules.concat(validationRules(args)),
      // Every error the handler sends (validation ones included) loses the schema-revealing hints,
      // unless debugging.
      formatError: (err) => (payload.config.debug ? err : stripSuggestions(err)),
      onOperation: (_req, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((err) => formatError(err, payload)) } : result,
    })(original)
    const resHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
    for (const [name, value] of Object.entries(headers)) resHeaders.append(name, value)
    return new Response(apiResponse.body, {
      headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, resHeaders) : resHeaders,
      status: apiResponse.status,
    })
  } finally {
    // GraphQL parses the body itself, so Payload's per-operation cleanup of uploads may not run.
    await unlinkClientUploadTempFile({ req })
  }
}
