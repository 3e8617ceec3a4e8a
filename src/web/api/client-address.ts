/**
 * The header in which the API bridge hands Payload the client's address (Fastify's `req.ip`: the
 * peer, or the client named by a trusted proxy). The bridge drops whatever a client sent under this
 * name and sets it itself, and the Next hand-over drops it, so hooks can believe it.
 */
export const clientAddressHeader = 'x-clearinghouse-client-address'

/** The client address the bridge set, or undefined for a request that did not come through it. */
export function clientAddressOf(req: { headers?: Headers }): string | undefined {
  return req.headers?.get(clientAddressHeader) ?? undefined
}
