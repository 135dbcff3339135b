import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['shared/src/**/*.test.ts', 'shared/test/**/*.test.ts'] } },
      { test: { name: 'server', include: ['server/src/**/*.test.ts'] } },
      {
        // Solid's browser build: its server build, picked for Node, never re-runs computations.
        ssr: { resolve: { conditions: ['browser'], externalConditions: ['browser'] } },
        test: { name: 'client', include: ['client/src/**/*.test.ts'] },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/property/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The benchmark harness at toy sizes: proves it runs, asserts nothing about speed.
        test: {
          name: 'bench-smoke',
          include: ['tests/bench/**/*.smoke.test.ts'],
          // Runs after every other project, so the peers it starts don't compete with the suite for CPU.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
