// Baseline for `npm run bench`: a bare node:http server that answers the exact bytes and headers
// the app served for a few cached pages, so the benchmark can compare the app with "just Node".
// Usage: node scripts/bench-baseline.mjs <port> <pages.json>  (pages.json: { path: { headers, body(base64) } })
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

const [port, file] = process.argv.slice(2)
const pages = new Map(
  Object.entries(JSON.parse(readFileSync(file, 'utf8'))).map(([path, p]) => [path, { headers: p.headers, body: Buffer.from(p.body, 'base64') }]),
)

const server = createServer((req, res) => {
  const page = pages.get(req.url)
  if (!page) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  res.writeHead(200, page.headers)
  res.end(page.body)
})
server.listen(Number(port), '127.0.0.1', () => console.log(`[baseline] ready on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
