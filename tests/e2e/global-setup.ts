import { chromium, type BrowserServer } from 'playwright-core'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    browserWsEndpoint: string
  }
}

/** The flags for Debian's Chromium in a container: headless, no sandbox, nothing phoning home. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

let server: BrowserServer | undefined

/** Starts one Chromium for the whole run; every test file connects to it. */
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.E2E_BASE_URL) {
    throw new Error('E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`.')
  }
  server = await chromium.launchServer({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    args: chromiumArgs,
  })
  project.provide('browserWsEndpoint', server.wsEndpoint())
}

export async function teardown(): Promise<void> {
  await server?.close()
}
