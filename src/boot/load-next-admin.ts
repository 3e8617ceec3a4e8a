import { projectRoot } from '../config/paths'
import type { NextHandler } from '../web/app'

/**
 * Prepares Payload's Next.js admin and returns its request handler. Next is imported dynamically
 * (an external package, so the bundle keeps the import lazy): the web and worker roles never load it.
 */
export async function loadNextAdmin(): Promise<NextHandler> {
  const { default: next } = await import('next')
  const nextApp = next({ dev: false, dir: projectRoot, quiet: true })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  return (req, res) => handle(req, res)
}
