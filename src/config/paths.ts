import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectName = 'nordic-integration-clearinghouse'

/** The project folder, found upwards from this module: the same from src/ (tsx, tests) and dist/. */
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === projectName) return dir
    if (path.dirname(dir) === dir) return process.cwd()
  }
}

export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)))
export const srcDir = path.join(projectRoot, 'src')
