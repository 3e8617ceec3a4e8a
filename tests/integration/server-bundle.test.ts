import { readFileSync } from 'node:fs'
import path from 'node:path'
import { build, type Metafile } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { serverBuildOptions } from '../../scripts/compile-server.mjs'
import { projectRoot } from '../../src/config/paths'

const isSeed = (input: string) => input.startsWith('src/seed/')

/** The outputs a file loads before it runs: itself and its static imports, transitively. */
function staticClosure(metafile: Metafile, start: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const i of metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path)
  }
  visit(start)
  return [...seen]
}

describe('the compiled production server', () => {
  it('loads the demo seed and its content only through a dynamic import (SEED=demo), never with the server', async () => {
    // The same options as scripts/compile-server.mjs, in memory.
    const result = await build({ ...serverBuildOptions(projectRoot), absWorkingDir: projectRoot, write: false, metafile: true })
    const outputs = result.metafile.outputs
    const server = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === 'src/server.ts')
    expect(server).toBe('dist/server.mjs')

    const loadedAtStart = staticClosure(result.metafile, server!)
    const seedInputs = loadedAtStart.flatMap((file) => Object.keys(outputs[file]?.inputs ?? {}).filter(isSeed))
    expect(seedInputs).toEqual([])

    // Positive control: the seed and its data are compiled, into a chunk of their own.
    const seedChunks = Object.keys(outputs).filter((file) => Object.keys(outputs[file]?.inputs ?? {}).includes('src/seed/data/news.ts'))
    expect(seedChunks).toHaveLength(1)
    expect(loadedAtStart).not.toContain(seedChunks[0])

    // And by its text (ASCII: esbuild escapes other characters): a demo headline is in the seed chunk, in nothing the server loads at start.
    const demoTitle = 'Finske kommuner overtar ansvaret for integreringen'
    expect(readFileSync(path.join(projectRoot, 'src/seed/data/news.ts'), 'utf8')).toContain(demoTitle)
    const text = (file: string) => result.outputFiles.find((f) => f.path === path.join(projectRoot, file))?.text ?? ''
    expect(text(seedChunks[0]!)).toContain(demoTitle)
    for (const file of loadedAtStart) expect(text(file), file).not.toContain(demoTitle)
  })
})
