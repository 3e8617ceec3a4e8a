/**
 * Payload answers a request to a collection without REST endpoints (payload-migrations) with 501
 * "Cannot GET <url>", the URL as the server sees it (internal host, port, query). It becomes the
 * same 404 Payload gives for any unknown route, naming only the path.
 */
export async function hideInternalUrl(response: Response, pathname: string): Promise<Response> {
  if (response.status !== 501) return response
  await response.body?.cancel()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json({ message: `Route not found "${pathname}"` }, { status: 404, headers })
}
