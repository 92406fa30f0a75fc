import { defineConfig } from 'vitest/config'

/**
 * End-to-end tests: real systems, a real browser. The global setup starts
 * the product as `npm start` does; files run one at a time against it.
 */
export default defineConfig({
  test: {
    include: ['site/**/*.e2e.test.ts', 'cms/**/*.e2e.test.ts'],
    globalSetup: ['global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 420_000,
  },
})
