import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * Browser tests against a running server (started by scripts/e2e.mjs, which passes E2E_BASE_URL).
 * A config of their own, so `npm test` never picks them up. One Chromium serves every file,
 * and files run one after another to stay within two cores.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
