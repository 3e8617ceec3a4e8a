// Compiles src/server.ts and everything it imports from src/ into ESM: dist/server.mjs plus chunks
// for what it imports dynamically (dist/chunks/), so code loaded only on demand, such as the demo
// seed and its content (SEED=demo), is not part of the server itself. Packages stay external
// (loaded from node_modules). Plain node starts it about twice as fast as running the TypeScript
// through tsx's loader, which matters for `npm start` (≤ 3 s to a page).
import { rmSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

/**
 * The esbuild options; tests build with them too (and a metafile) to check what the server contains.
 * @param {string} root
 * @returns {import('esbuild').BuildOptions}
 */
export const serverBuildOptions = (root) => ({
  entryPoints: { server: path.join(root, 'src', 'server.ts') },
  outdir: path.join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
})

export async function compileServer(root) {
  // Chunk names carry a hash: drop the previous build's so dist/ holds only this one.
  rmSync(path.join(root, 'dist', 'chunks'), { recursive: true, force: true })
  await build(serverBuildOptions(root))
}

export const serverEntry = (root) => path.join(root, 'dist', 'server.mjs')

/**
 * Node flags for every process that loads Payload's rich-text editor. Lexical's "node" entry points
 * use top-level await around a dynamic import, which on Node 20 can leave the module graph unsettled
 * and end the process with exit code 13, depending on timing (seen under setsid). The
 * "production" condition selects Lexical's plain production modules, which have no top-level await.
 */
export const nodeFlags = ['--no-deprecation', '--enable-source-maps', '--conditions=production']
