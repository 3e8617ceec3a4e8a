import type { FastifyInstance } from 'fastify'

/**
 * Logs a user in through the API and returns the headers of their session: the cookie, and the
 * Sec-Fetch-Site that Payload's cookie authentication asks of a browser.
 */
export async function loginSession(app: FastifyInstance, email: string, password: string): Promise<Record<string, string>> {
  const res = await app.inject({ method: 'POST', url: '/api/users/login', headers: { 'content-type': 'application/json' }, payload: { email, password } })
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('payload-token='))
  if (res.statusCode !== 200 || !cookie) throw new Error(`login of ${email} failed: ${res.statusCode}`)
  return { cookie: cookie.split(';')[0]!, 'sec-fetch-site': 'same-origin' }
}
