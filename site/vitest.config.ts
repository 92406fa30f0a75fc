import { defineConfig } from 'vitest/config'
// @ts-expect-error plain ESM script without types
import { slowFirst } from '../scripts/lib/slow-first.mjs'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One file per core. Vitest's default leaves one core free (one worker on a 2-core machine), but the slow files
    // wait on builds in child processes, so two run side by side in about two thirds of the time.
    maxWorkers: '100%',
    // The files that run the real build many times (30–125 s each) start first, so neither core waits on one at the end.
    sequence: {
      sequencer: slowFirst(['test/incremental-build-edges.test.ts', 'test/incremental-build.test.ts', 'test/pdf-after-pages.test.ts', 'test/no-editor-notes.test.ts', 'test/build-steps.test.ts']),
    },
  },
})
