import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** A hash of everything the build (Next.js and the server's compilation) depends on, to know when `npm start` must rebuild. */
export function sourceHash(root) {
  const hash = createHash('sha1')
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (!name.endsWith('.test.ts')) hash.update(full).update(readFileSync(full))
    }
  }
  walk(path.join(root, 'src'))
  for (const f of ['next.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/compile-server.mjs']) {
    try {
      hash.update(f).update(readFileSync(path.join(root, f)))
    } catch {
      // A missing file simply does not contribute.
    }
  }
  return hash.digest('hex')
}
