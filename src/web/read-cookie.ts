import type { IncomingHttpHeaders } from 'node:http'

/** The value of one cookie in a request's Cookie header (names here are fixed, never from input). */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  return new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(headers.cookie ?? '')?.[1]
}
