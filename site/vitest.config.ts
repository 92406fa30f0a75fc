import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One file per core. Vitest's default leaves one core free (one worker on a 2-core machine), but the slow files
    // wait on builds in child processes, so two run side by side in about two thirds of the time.
    maxWorkers: '100%',
  },
})
