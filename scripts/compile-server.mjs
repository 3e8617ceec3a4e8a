// Compiles src/server.ts and everything it imports from src/ into one ESM file, dist/server.mjs.
// Packages stay external (loaded from node_modules). Plain node starts it about twice as fast as
// running the TypeScript through tsx's loader, which matters for `npm start` (≤ 3 s to a page).
import path from 'node:path'
import { build } from 'esbuild'

export async function compileServer(root) {
  await build({
    entryPoints: [path.join(root, 'src', 'server.ts')],
    outfile: path.join(root, 'dist', 'server.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}

export const serverEntry = (root) => path.join(root, 'dist', 'server.mjs')

/**
 * Node flags for every process that loads Payload's rich-text editor. Lexical's "node" entry points
 * use top-level await around a dynamic import, which on Node 20 can leave the module graph unsettled
 * and end the process with exit code 13, depending on timing (seen under setsid). The
 * "production" condition selects Lexical's plain production modules, which have no top-level await.
 */
export const nodeFlags = ['--no-deprecation', '--enable-source-maps', '--conditions=production']
