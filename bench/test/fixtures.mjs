/** A measured run as bench/run.mjs writes it, small enough to read: one size, no CMS. */
export function sampleResult({ warmSeconds = 10, coldSeconds = 20, editSeconds = 12, peakRssMb = 900, search = true, phases = null, steps = null } = {}) {
  const build = (wallSeconds, incremental = null) => ({
    wallSeconds,
    phases,
    steps,
    report: phases ? 'BUILD_REPORT' : 'unavailable',
    pages: 5000,
    documents: 1000,
    pagesPerSecond: 5000 / wallSeconds,
    outputBytes: 100e6,
    pdfBytes: 70e6,
    outputBytesWithoutPdf: 30e6,
    bytesUnder: { pdf: 70e6, embed: 10e6 },
    files: 6000,
    peakRssMb,
    incremental,
  })
  return {
    command: 'npm run bench',
    measuredAt: '2026-11-30T12:00:00.000Z',
    durationSeconds: 200,
    machine: { platform: 'linux', cores: 2, cpu: 'test', memoryGb: 8, node: 'v24' },
    loadAverage: { before: [1, 1, 1], after: [2, 2, 2] },
    sizes: [
      {
        n: 1000,
        documents: 1000,
        baseline: { wallSeconds: 8, renderSeconds: 5, indexSeconds: 3, pages: 1001, documents: 1000, pagesPerSecond: 125, outputBytes: 10e6, peakRssMb: 400 },
        site: { cold: build(coldSeconds), warm: build(warmSeconds), edit: build(editSeconds, { changedDocuments: 1, removedDocuments: 0, pagesRendered: 7 }) },
        ratios: { cold: 8 / coldSeconds, warm: 8 / warmSeconds, edit: 8 / editSeconds, output: 10, outputWithoutPdf: 3, peakMemory: peakRssMb / 400 },
        search: search
          ? {
              queries: 20,
              cold: { p50Ms: 120, p95Ms: 210, maxMs: 300, searchBytesP50: 120_000, searchBytesP95: 149_000, searchBytesMax: 151_000, searchBytesBeforeResultsP50: 110_000, searchBytesBeforeResultsP95: 139_000, pageBytesP50: 140_000, pageBytesMax: 160_000, notReadyAtEnter: 3 },
              warm: { p50Ms: 60, p95Ms: 90, maxMs: 100, searchBytesP50: 8000, searchBytesP95: 9000, searchBytesMax: 9000, pageBytesP50: 9000, pageBytesMax: 9000, notReadyAtEnter: 0 },
              samples: [
                { query: 'pyschose', cold: { ms: 90, readyAtEnter: true, results: 0, searchBytes: 100_000, searchBytesBeforeResults: 95_000, searchFiles: { WebAssembly: 61_000, 'index chunks': 39_000 }, searchFilesAfterResults: { 'page table (toolkit-pages.json)': 5_000 } }, warm: { results: 0 } },
                { query: 'hoop', cold: { ms: 210, readyAtEnter: false, results: 4, searchBytes: 149_000, searchBytesBeforeResults: 139_000, searchFiles: { WebAssembly: 61_000, 'index chunks': 88_000 } }, warm: { results: 4 } },
              ],
            }
          : undefined,
      },
    ],
    cms: { skipped: 'Not measured in this run.' },
  }
}

/** A build report's phases and steps (site/src/build/phases.ts) for one build, with round figures. */
export function measuredBuild({ pagesLiveMs = 9000, indexMs = 7000, index = { pages: 1000, addMs: 3000, writeMs: 2000, searchDataMs: 1500 } } = {}) {
  return {
    phases: { loadMs: 100, pdfMs: 500, renderMs: 5400, indexMs, totalMs: pagesLiveMs + indexMs, pagesLiveMs, indexLiveMs: pagesLiveMs + indexMs, pdfsLiveMs: pagesLiveMs },
    // 8.5 s in the Astro process; the rest of pagesLiveMs is the build script's.
    steps: { astroStartMs: 1500, startHooksMs: 600, bundleMs: 3000, renderPagesMs: 1400, takeOverMs: 1500, takenOver: 4000, afterRenderMs: 500, index },
  }
}

/**
 * A `npm run bench:publish` run as publish.mjs records it before its breakdown: two edits, the second published once the
 * first was live, and the build reports as the builds wrote them (npm start's first build, then one per edit; the first
 * edit's report comes after its index, 11.5 s into the second edit's build).
 */
export function publishRun() {
  const at = (seconds) => new Date(Date.parse('2026-12-06T12:00:00.000Z') + seconds * 1000).toISOString()
  const edit = (number, { answered, executed, timing, completed, seen }) => ({
    edit: number,
    seconds: Math.round((seen - answered) * 10) / 10,
    answeredAt: at(answered),
    seenAt: at(seen),
    job: { id: number, createdAt: at(answered - 0.1), waitUntil: at(answered + 1.9), executedAt: at(executed), completedAt: at(completed), attempts: 1, timing },
  })
  const report = (writtenAt, pagesLiveMs, extra = {}) => ({ writtenAt: at(writtenAt), phases: { pagesLiveMs }, ...extra })
  return {
    result: {
      measuredAt: '2026-12-06T12:02:00.000Z',
      machine: { cores: 2 },
      documents: 1000,
      loadSeconds: 60,
      startSeconds: 90,
      settleSeconds: 40,
      publishToLiveSeconds: [27.8, 41],
      p50: 27.8,
      max: 41,
      edits: [
        // 1.9 s debounce, 1.1 s to the next run, 4 s snapshot, 1 s build process start, 19 s build, 0.5 s rest, 0.3 s to the page.
        edit(1, { answered: 0, executed: 3, timing: { waitSeconds: 0, snapshotSeconds: 4, buildSeconds: 20, buildReportedSeconds: 19 }, completed: 27.5, seen: 27.8 }),
        // 1.9 s debounce, 3.1 s to the next run, 5 s snapshot, 2 s build process start, 28 s build, 0.5 s rest, 0.5 s to the page.
        edit(2, { answered: 28, executed: 33, timing: { waitSeconds: 0, snapshotSeconds: 5, buildSeconds: 30, buildReportedSeconds: 28 }, completed: 68.5, seen: 69 }),
      ],
    },
    reports: [
      report(-100, 60_000),
      report(50, 19_000),
      report(80, 28_000, { ...measuredBuild({ pagesLiveMs: 28_000 }), incremental: { changedDocuments: 1, removedDocuments: 0, pagesRendered: 7 }, pages: 5000 }),
    ],
  }
}
