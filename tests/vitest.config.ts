import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The files that publish changes through the CMS of the shared product run
 * last, so the files that read the seed content (completeness, browsing,
 * content corrections, page weight) see it as seeded, whatever order vitest
 * would choose from its cache.
 */
const PUBLISHING_FILES = /(publish-cycle|moved-address|cms\/attachments)\.e2e\.test\.ts$/

class PublishingLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    return [...sorted.filter((file) => !PUBLISHING_FILES.test(file.moduleId)), ...sorted.filter((file) => PUBLISHING_FILES.test(file.moduleId))]
  }
}

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
    sequence: { sequencer: PublishingLast },
    // A test that fails is run once more before the suite fails: on two cores the admin's development server,
    // the site updates its publications start and the browser share the machine, and a moment of that (an answer
    // after a minute) is not a defect. A test of a broken feature fails both times; lib/retried-tests.ts names
    // every test that needed the second run.
    retry: 1,
    reporters: ['default', './lib/retried-tests.ts'],
  },
})
