import { defineConfig } from 'vitest/config'

/**
 * End-to-end tests: real systems, a real browser. One file at a time; long
 * timeouts because the global setup builds and serves the site.
 */
export default defineConfig({
  test: {
    include: ['site/**/*.e2e.test.ts'],
    globalSetup: ['site/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
