import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          // Lexical without top-level await in its entry points (see nodeFlags in scripts/compile-server.mjs).
          execArgv: ['--conditions=production'],
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each file starts Payload on its own fresh database; files run one after another
          // to stay within two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Not part of `npm test`: needs PostgreSQL, nginx and a build (npm run test:multi-instance).
          name: 'multi-instance',
          execArgv: ['--conditions=production'],
          include: ['tests/multi-instance/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
