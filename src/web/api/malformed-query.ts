/**
 * Why an API request's query string cannot be read, or undefined when it can. Payload 3.90.1
 * JSON-parses a plain `where=` or `data=` parameter without catching the error, and passes a
 * negative `page` to the database as a negative OFFSET (refused by PostgreSQL): both answered 500.
 */
export function malformedQueryOf(url: string): string | undefined {
  const query = url.indexOf('?')
  if (query < 0) return undefined
  const params = new URLSearchParams(url.slice(query + 1))
  for (const name of ['where', 'data']) {
    const value = params.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch {
      return `The ${name} parameter is not valid JSON`
    }
  }
  const page = params.get('page')
  if (page !== null && page.trim() !== '' && Number(page) < 0) return 'The page parameter cannot be negative'
  return undefined
}
