import { defineConfig } from 'vitest/config'
// @ts-expect-error plain ESM script without types
import { slowFirst } from '../scripts/lib/slow-first.mjs'

/**
 * The files that write content the site's tests read: they publish through the CMS of the shared product (and wait
 * for the site update) or set the open-data global. They run last and one at a time, so the files that read the seed
 * content (completeness, browsing, content corrections, page weight) see it as seeded.
 */
const WRITING_FILES = ['site/publish-cycle.e2e.test.ts', 'site/moved-address.e2e.test.ts', 'site/open-data.e2e.test.ts', 'cms/attachments.e2e.test.ts']

/**
 * The CMS's files that change nothing the other files read: axe over the admin's views, the evaluation results of
 * their own codes, CMSes of their own that must fail at start. Not the account forms (admin-forms-accounts): their CMS
 * of its own takes the same port and build folder as start-fails-fast's (lib/start-cms.ts), and beside the site's
 * files it took 182 s instead of 110 s, which saved nothing.
 */
const READING_CMS_FILES = ['cms/admin-accessibility.e2e.test.ts', 'cms/evaluation-results.e2e.test.ts', 'cms/start-fails-fast.e2e.test.ts']

/**
 * End-to-end tests: real systems, a real browser. The global setup starts the product as `npm start` does, once for
 * all projects, which run one after another (`sequence.groupOrder`):
 * - `editing`: the CMS's other files, one at a time (they edit and publish documents of the one CMS);
 * - `reading`: the site's files that only read the published site, and READING_CMS_FILES, two at a time: one such
 *   file leaves a core about half idle while it waits on its browser or a server;
 * - `writing`: WRITING_FILES, one at a time, last.
 */
export default defineConfig({
  test: {
    globalSetup: ['global-setup.ts'],
    // The files of a worker share its process (no module of tests/ keeps state; each file launches its own browser).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 420_000,
    // A test that fails is run once more before the suite fails: on two cores the admin's development server,
    // the site updates its publications start and the browser share the machine, and a moment of that (an answer
    // after a minute) is not a defect. A test of a broken feature fails both times; lib/retried-tests.ts names
    // every test that needed the second run.
    retry: 1,
    reporters: ['default', './lib/retried-tests.ts'],
    // The reading project's slowest files (about 40–55 s each in CI) start first, so none of them runs alone at the end.
    sequence: {
      sequencer: slowFirst([
        'site/weight.e2e.test.ts',
        'site/embed-page.e2e.test.ts',
        'site/embed-height.e2e.test.ts',
        'cms/start-fails-fast.e2e.test.ts',
        'cms/admin-accessibility.e2e.test.ts',
        'site/embed-three-ways.e2e.test.ts',
        'site/accessibility.e2e.test.ts',
        'site/layout.e2e.test.ts',
      ]),
    },
    projects: [
      { extends: true, test: { name: 'editing', include: ['cms/**/*.e2e.test.ts'], exclude: [...WRITING_FILES, ...READING_CMS_FILES], fileParallelism: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'reading', include: ['site/**/*.e2e.test.ts', ...READING_CMS_FILES], exclude: WRITING_FILES, maxWorkers: 2, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'writing', include: WRITING_FILES, fileParallelism: false, sequence: { groupOrder: 2 } } },
    ],
  },
})
