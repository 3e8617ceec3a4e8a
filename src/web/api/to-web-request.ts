import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import { clientAddressHeader } from './client-address'

/**
 * The Node request as a fetch Request, body unread and streamed (uploads are not buffered here).
 * The origin comes from the Host header, the scheme from the public URL (TLS ends at the proxy).
 * `clientAddress` (the trusted `req.ip`) replaces anything the client sent as clientAddressHeader.
 */
export function toWebRequest(raw: IncomingMessage, publicUrl: string, defaultLocale?: string, clientAddress?: string): Request {
  const base = new URL(publicUrl)
  const host = raw.headers.host ?? base.host
  const headers = new Headers()
  for (const [name, value] of Object.entries(raw.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value !== undefined) headers.set(name, value)
  }
  headers.delete(clientAddressHeader)
  if (clientAddress) headers.set(clientAddressHeader, clientAddress)
  const method = raw.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  const aborted = new AbortController()
  raw.once('close', () => {
    if (!raw.complete) aborted.abort()
  })
  const url = new URL(`${base.protocol}//${host}${raw.url ?? '/'}`)
  // Payload's REST default, made explicit: a write without ?locale otherwise leaves hooks that
  // update the same document (the storage plugin's metadata) validating in no locale at all.
  if (defaultLocale && !url.searchParams.has('locale')) url.searchParams.set('locale', defaultLocale)
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(raw) as ReadableStream<Uint8Array>) : undefined,
    signal: aborted.signal,
    // Required by Node's fetch for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}
