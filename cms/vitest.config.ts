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
  // A worker's files share its process: Payload is loaded once per worker, not once per file. What a file must not
  // inherit from the one before (environment, Payload's instances, the toolkit's modules) starts over in the setup file.
  isolate: false,
  setupFiles: ['test/helpers/fresh-file.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
}

/**
 * Files that measure time (a login delay, a request budget, a cache's age, a
 * scheduled publication): they run alone, after the rest, so a file on the
 * other core does not move their figures. The crash test (kill -9 mid-write)
 * is not among them: it asserts what survives, not when.
 */
const TIMED = [
  'test/login-protection.int.test.ts',
  'test/request-budget.int.test.ts',
  'test/public-read-cache.int.test.ts',
  'test/site-update-timing.int.test.ts',
  'test/publishing.int.test.ts',
]

/**
 * The contract suite always runs on the embedded SQLite default; it runs a
 * second time against MongoDB whenever MONGODB_URL is set.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    // Each file boots its own Payload on a database of its own, so two run side by side: vitest's default leaves
    // one of two cores idle. The groups run one after another (sequence.groupOrder).
    maxWorkers: '100%',
    projects: [
      { resolve: { alias }, test: { ...common, name: 'sqlite', exclude: TIMED, env: { TEST_DATABASE: 'sqlite' }, sequence: { groupOrder: 0 } } },
      { resolve: { alias }, test: { ...common, name: 'sqlite-timed', include: TIMED, fileParallelism: false, env: { TEST_DATABASE: 'sqlite' }, sequence: { groupOrder: 1 } } },
      ...(process.env.MONGODB_URL
        ? [
            {
              resolve: { alias },
              test: {
                ...common,
                name: 'mongodb',
                // One file at a time: they share the one MongoDB server.
                fileParallelism: false,
                env: { TEST_DATABASE: 'mongodb' },
                sequence: { groupOrder: 2 },
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
