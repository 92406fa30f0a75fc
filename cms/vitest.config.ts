import path from 'node:path'
import { defineConfig } from 'vitest/config'

import { createRequire } from 'node:module'

const alias = [
  { find: '@payload-config', replacement: path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  // One graphql for the CMS's code and Payload's, loaded as Node loads it (Next.js keeps graphql external too).
  { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
]
const common = {
  include: ['test/**/*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Each file boots its own Payload on its own database; two cores, so one at a time.
  fileParallelism: false,
}

/**
 * The contract suite always runs on the embedded SQLite default; it runs a
 * second time against MongoDB whenever MONGODB_URL is set.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { ...common, name: 'sqlite', env: { TEST_DATABASE: 'sqlite' } } },
      ...(process.env.MONGODB_URL
        ? [
            {
              resolve: { alias },
              test: {
                ...common,
                name: 'mongodb',
                env: { TEST_DATABASE: 'mongodb' },
                // Only the database contract; production migrations are SQLite's.
                include: ['test/**/*.int.test.ts'],
                exclude: ['test/production.int.test.ts'],
              },
            },
          ]
        : []),
    ],
  },
})
