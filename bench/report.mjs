/**
 * The markdown of a benchmark run (bench/results/<date>.md) and the stable
 * page bench/RESULTS.md with the latest quick and full runs, both rendered
 * from the run's JSON, so the two never disagree.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { evaluateGoals } from './goals.mjs'

const number = (value, digits = 0) => (value == null ? '–' : value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }))
const seconds = (value) => (value == null ? '–' : `${number(value, value < 10 ? 2 : 1)} s`)
const ms = (value) => (value == null ? '–' : `${number(value / 1000, 1)}`)
const mb = (bytes) => (bytes == null ? '–' : `${number(bytes / 1e6, 1)} MB`)
const kb = (bytes) => (bytes == null ? '–' : `${number(bytes / 1000, 1)} KB`)
const times = (ratio) => (ratio == null ? '' : ` (${ratio}×)`)
const verdict = (met) => (met == null ? '' : met ? ' ✅ met' : ' ❌ missed')

function phases(build) {
  if (!build.phases) return 'unavailable (no BUILD_REPORT)'
  const { loadMs, renderMs, pdfMs, indexMs } = build.phases
  return `${ms(loadMs)} / ${ms(renderMs)} / ${ms(pdfMs)} / ${ms(indexMs)} s`
}

/** When the build's pages went live (first swap) and when its PDFs did (the follow-up build; the same when none waited). */
function live(build) {
  if (!build.phases?.pagesLiveMs) return '–'
  const { pagesLiveMs, pdfsLiveMs } = build.phases
  return `${ms(pagesLiveMs)} / ${pdfsLiveMs == null ? '–' : ms(pdfsLiveMs)} s${build.pdfsDeferred ? ` (${number(build.pdfsDeferred)} PDFs after the pages)` : ''}`
}

/** The build report's steps until the pages were live (site/src/build/phases.ts); the baseline's are Astro's start, bundling and rendering. */
function steps(build) {
  const { steps: parts } = build
  if (!parts) return '–'
  const taken = parts.takenOver == null ? '' : ` / ${ms(parts.takeOverMs)} (${number(parts.takenOver)} files)`
  return `${ms(parts.astroStartMs)} / ${ms(parts.bundleMs)} / ${ms(parts.renderPagesMs)}${taken} s`
}

/** The index's parts: Pagefind reading the pages, writing the index, our search data. */
function indexParts(build) {
  const index = build.steps?.index
  if (!index) return build.steps ? 'none made' : '–'
  return `${number(index.pages)} pages: ${ms(index.addMs)} / ${ms(index.writeMs)} / ${ms(index.searchDataMs)} s`
}

function incremental(build) {
  if (!build.incremental) return '–'
  const { changedDocuments, removedDocuments, pagesRendered, fullBecause } = build.incremental
  const work = `${changedDocuments} changed, ${removedDocuments} removed, ${number(pagesRendered)} pages rendered`
  return fullBecause ? `${work}; full build: ${fullBecause}` : work
}

function goalsTable(result, h) {
  const goals = evaluateGoals(result)
  const sizes = result.sizes.map((size) => size.n)
  const lines = [
    `${h} Goals`,
    '',
    'The goals of issue 11 are set for N = 10,000 on this machine; at smaller N the figure is an indication.',
    '',
    `| goal | target | ${sizes.map((n) => `N = ${number(n)}`).join(' | ')} |`,
    `|---|---|${sizes.map(() => '---|').join('')}`,
  ]
  for (const goal of goals) {
    if (goal.bySize) lines.push(`| ${goal.label} | ${goal.target} | ${goal.bySize.map((cell) => `${cell.shown}${verdict(cell.met)}`).join(' | ')} |`)
    else if (goal.cms) lines.push(`| ${goal.label} | ${goal.target} | ${[`${goal.cms.shown}${verdict(goal.cms.met)}${result.cms?.size ? ` (N = ${number(result.cms.size)})` : ''}`, ...sizes.slice(1).map(() => '')].join(' | ')} |`)
    else lines.push(`| ${goal.label} | ${goal.target} | ${[goal.notMeasured, ...sizes.slice(1).map(() => '')].join(' | ')} |`)
  }
  return [...lines, ...missedGoals(goals, h)]
}

/** Under the table: each missed goal with the reason measured in this run and what it would take (bench/goals.mjs). */
function missedGoals(goals, h) {
  const missed = goals.flatMap((goal) => [
    ...(goal.bySize ?? []).filter((cell) => cell.met === false).map((cell) => ({ goal, cell, where: `N = ${number(cell.n)}` })),
    ...(goal.cms?.met === false ? [{ goal, cell: goal.cms, where: 'CMS' }] : []),
  ])
  if (missed.length === 0) return []
  return [
    '',
    `${h}# Why a goal was missed`,
    '',
    ...missed.flatMap(({ goal, cell, where }) => [`- **${goal.label}**, ${where}: ${cell.shown}, target ${goal.target}.`, `  Why: ${cell.reason}`, `  What it would take: ${cell.wouldTake}`]),
  ]
}

function buildTable(size, h) {
  if (size.error) return [`${h} Site build, N = ${number(size.n)}`, '', `Failed: ${size.error.split('\n')[0]}`, '']
  const { cold, warm, edit } = size.site
  const base = size.baseline
  const runs = [cold, warm, edit]
  const row = (label, cells, baseline) => `| ${label} | ${cells.join(' | ')} | ${baseline} |`
  const docsPerSecond = (build) => build.documents / build.wallSeconds
  const ratioOf = (value, baseValue) => (baseValue ? Number((value / baseValue).toFixed(2)) : null)
  const lines = [
    `${h} Site build, N = ${number(size.n)} (${number(size.documents)} documents)`,
    '',
    '| | cold | warm | after one edit | plain Astro + Pagefind |',
    '|---|---|---|---|---|',
    row('wall time', runs.map((build) => seconds(build.wallSeconds)), seconds(base.wallSeconds)),
    row('until pages live / PDFs live', runs.map(live), '–'),
    row('load / render / PDFs / index', runs.map(phases), `– / ${number(base.renderSeconds, 1)} / – / ${number(base.indexSeconds, 1)} s`),
    row('Astro start / bundling / rendering / taking over', runs.map(steps), base.steps ? steps(base) : '–'),
    row('index: Pagefind add / write / search data', runs.map(indexParts), '–'),
    row('documents per second (ratio)', runs.map((build) => `${number(docsPerSecond(build), 1)}${times(ratioOf(docsPerSecond(build), docsPerSecond(base)))}`), number(docsPerSecond(base), 1)),
    row('pages written', runs.map((build) => number(build.pages)), number(base.pages)),
    row('pages per second', runs.map((build) => number(build.pagesPerSecond)), number(base.pagesPerSecond)),
    row('output (ratio)', runs.map((build) => `${mb(build.outputBytes)}${times(ratioOf(build.outputBytes, base.outputBytes))}`), mb(base.outputBytes)),
    row('output without pdf/ (ratio)', runs.map((build) => `${mb(build.outputBytesWithoutPdf)}${times(ratioOf(build.outputBytesWithoutPdf, base.outputBytes))}`), mb(base.outputBytes)),
    row('peak memory (ratio)', runs.map((build) => `${number(build.peakRssMb)} MB${times(ratioOf(build.peakRssMb, base.peakRssMb))}`), `${number(base.peakRssMb)} MB`),
    row('incremental work', runs.map(incremental), '–'),
    '',
    'Ratios divide this site’s figure by the baseline’s on the same documents in the same run (speed: documents per second).',
    '',
    `Output of the warm build by folder: ${Object.entries(warm.bytesUnder ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([folder, bytes]) => `${folder}/ ${mb(bytes)}`)
      .join(', ')}.`,
    '',
  ]
  return lines
}

function searchTable(size, h) {
  if (!size.search) return []
  if (size.search.error) return [`${h} Search in a browser, N = ${number(size.n)}`, '', `Failed: ${size.search.error.split('\n')[0]}`, '']
  const { cold, warm, samples } = size.search
  const row = (label, figures) =>
    `| ${label} | ${figures.p50Ms} ms | ${figures.p95Ms} ms | ${figures.maxMs} ms | ${kb(figures.searchBytesP50)} / ${kb(figures.searchBytesP95)} | ${figures.searchBytesBeforeResultsP50 == null ? '–' : `${kb(figures.searchBytesBeforeResultsP50)} / ${kb(figures.searchBytesBeforeResultsP95)}`} | ${kb(figures.pageBytesP50)} |`
  const empty = samples.filter((sample) => sample.cold.results === 0).map((sample) => `“${sample.query}”`)
  // Where the bytes of a first query go: the cold sample with the median byte count.
  const median = [...samples].sort((a, b) => a.cold.searchBytes - b.cold.searchBytes)[Math.floor((samples.length - 1) / 2)]
  const files = Object.entries(median?.cold.searchFiles ?? {}).sort((a, b) => b[1] - a[1])
  const late = Object.entries(median?.cold.searchFilesAfterResults ?? {}).sort((a, b) => b[1] - a[1])
  return [
    `${h} Search in a browser, N = ${number(size.n)}`,
    '',
    `${size.search.queries} Dutch queries on /zoeken/, each in a fresh browser context (cold), then again on a second visit (warm); time from Enter to the results shown; bytes on the wire (headers and compressed bodies).`,
    '',
    '| first query | p50 | p95 | max | search files p50 / p95 | of which before the results p50 / p95 | whole visit p50 |',
    '|---|---|---|---|---|---|---|',
    row('cold', cold),
    row('warm', warm),
    '',
    `Queries sent before Pagefind had loaded (their time includes the rest of its set-up): cold ${cold.notReadyAtEnter ?? '–'}, warm ${warm.notReadyAtEnter ?? '–'} of ${size.search.queries}. ` +
      `Queries without results: ${empty.length > 0 ? empty.join(', ') : 'none'}.`,
    '',
    ...(files.length > 0
      ? [
          `Search files of a first cold query (“${median.query}”, the median): ${files.map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}` +
            `${late.length > 0 ? `; asked for after the results were shown: ${late.map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}` : ''}.`,
          '',
        ]
      : []),
  ]
}

/** Short column names of the publish parts (their full labels: PUBLISH_PARTS in publish-breakdown.mjs). */
const PUBLISH_COLUMNS = {
  debounce: 'debounce',
  previousUpdate: 'previous update running',
  tick: 'queue’s next run',
  cmsWait: 'wait in the CMS',
  snapshot: 'snapshot',
  buildStart: 'build process start',
  build: 'build until pages live',
  taskRest: 'rest of the task',
  served: 'to the served page',
}

function publishTable(size, h) {
  const publish = size.publish
  const title = `${h} Publish → live, N = ${number(size.n)}`
  if (!publish) return [title, '', `Not measured in this run: no \`npm run bench:publish -- --size ${size.n}\` result in bench/results (\`npm run bench:full\` runs it).`, '']
  if (publish.error) return [title, '', `Failed: ${publish.error.split('\n')[0]}`, '']
  const lines = [
    title,
    '',
    `From \`results/${publish.file}\`, measured ${publish.measuredAt} (\`npm run bench:publish\`, ${number(publish.documents)} documents; loading ${seconds(publish.loadSeconds)}, \`npm start\` ready after ${seconds(publish.startSeconds)}` +
      `${publish.settleSeconds == null ? '' : `, its own site updates (the seed’s, their PDFs) done ${seconds(publish.settleSeconds)} later`}): ` +
      `${publish.publishToLiveSeconds.length} edits of one fragment over REST, each published once the one before was live, timed from the CMS’s answer until the served page showed it; p50 ${seconds(publish.p50)}, slowest ${seconds(publish.max)}.`,
    '',
  ]
  const edits = (publish.edits ?? []).filter((edit) => edit.breakdown)
  if (edits.length === 0) return [...lines, `This result has no breakdown per edit (${publish.publishToLiveSeconds.map((value) => seconds(value)).join(' / ')}).`, '']
  const parts = Object.keys(PUBLISH_COLUMNS)
  const cell = (edit, part) => ms(edit.breakdown.parts.find((entry) => entry.part === part)?.ms)
  lines.push(
    `| edit | live after | ${parts.map((part) => PUBLISH_COLUMNS[part]).join(' | ')} | previous build still running |`,
    `|---|---|${parts.map(() => '---|').join('')}---|`,
    ...edits.map((edit) => `| ${edit.edit} | ${seconds(edit.seconds)} | ${parts.map((part) => `${cell(edit, part)} s`).join(' | ')} | ${edit.breakdown.sharedWithPreviousMs == null ? '–' : `${ms(edit.breakdown.sharedWithPreviousMs)} s`} |`),
    '',
    'Parts from the site update’s job as the CMS keeps it (created, waitUntil, its run’s start and end, the task’s timing) and the build’s own report; they add up to the whole. ' +
      '“To the served page” is slightly negative when the page was served before the job’s log was written. ' +
      '“Previous build still running”: how long of this build the build before it was still making its search index (and any PDFs).',
    '',
  )
  for (const edit of edits.filter((entry) => entry.breakdown.buildSteps)) {
    lines.push(`Edit ${edit.edit}’s build until its pages were live: ${edit.breakdown.buildSteps.map(({ label, ms: value }) => `${label} ${ms(value)} s`).join(', ')}.`, '')
  }
  return lines
}

const memory = (figures) => (figures ? `${figures.start} / ${figures.peak} / ${figures.end}` : '–')

function cmsTable(cms, h) {
  if (!cms) return []
  if (cms.skipped || cms.error) return [`${h} CMS REST API`, '', cms.skipped ?? `Failed: ${cms.error.split('\n')[0]}`, '']
  const side = (figures) => `${number(figures.rps)} req/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, ${figures.errors} errors, ${figures.timeouts} timeouts`
  return [
    `${h} CMS REST API, N = ${number(cms.size)}`,
    '',
    typeof cms.loadSeconds === 'object'
      ? `Loading the documents took ${seconds(cms.loadSeconds.ours)} (bare Payload: ${seconds(cms.loadSeconds.bare)})${cms.loadMethod ? `; this CMS: ${cms.loadMethod.ours}; bare Payload: ${cms.loadMethod.bare}` : ''}.`
      : `Loading the documents took ${seconds(cms.loadSeconds)}.`,
    ...(cms.memoryMb ? ['', `Server memory (MB, start / peak / end): this CMS ${memory(cms.memoryMb.ours)}, bare Payload ${memory(cms.memoryMb.bare)}.`] : []),
    '',
    '| request | connections | this CMS | bare Payload | ratio (req/s) |',
    '|---|---|---|---|---|',
    ...cms.rows.map((row) => `| \`${row.request}\` | ${row.connections} | ${side(row.ours)} | ${side(row.bare)} | ${row.ratio == null ? '–' : `${row.ratio}×`} |`),
    '',
  ]
}

/** The markdown of one run; `level` 1 for its own file, 2 inside RESULTS.md. */
export function renderMarkdown(result, level = 1) {
  const h = '#'.repeat(level + 1)
  const { machine, loadAverage } = result
  return [
    `${'#'.repeat(level)} \`${result.command}\`, ${result.measuredAt.slice(0, 10)}`,
    '',
    `Measured ${result.measuredAt} in ${Math.round(result.durationSeconds)} s on ${machine.platform}, ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}. ` +
      `Load average (1 / 5 / 15 min) before ${loadAverage.before.join(' / ')}, after ${loadAverage.after.join(' / ')}: other work on the machine slows both sides of a ratio, not always alike.`,
    '',
    ...goalsTable(result, h),
    '',
    ...result.sizes.flatMap((size) => [...buildTable(size, h), ...searchTable(size, h), ...publishTable(size, h)]),
    ...cmsTable(result.cms, h),
  ].join('\n')
}

/** The newest result file of a kind in `dir` (quick: <date>.json, full: <date>-full.json). */
async function newest(dir, full) {
  const pattern = full ? /^\d{4}-\d{2}-\d{2}-full\.json$/ : /^\d{4}-\d{2}-\d{2}\.json$/
  const files = (await readdir(dir).catch(() => [])).filter((file) => pattern.test(file)).sort()
  const file = files.at(-1)
  return file ? { file, result: JSON.parse(await readFile(join(dir, file), 'utf8')) } : undefined
}

/**
 * The newest `npm run bench:publish` result of `n` documents in `dir` (<date>-publish-<n>.json), with its file name, so
 * a report says which run it shows and when it was measured; undefined when there is none.
 */
export async function newestPublish(dir, n) {
  const pattern = new RegExp(`^\\d{4}-\\d{2}-\\d{2}-publish-${n}\\.json$`)
  const file = (await readdir(dir).catch(() => [])).filter((name) => pattern.test(name)).sort().at(-1)
  return file ? { file, ...JSON.parse(await readFile(join(dir, file), 'utf8')) } : undefined
}

/** Rewrites the stable results page from the newest quick and full runs in `resultsDir`. */
export async function writeResultsPage(resultsDir, pageFile) {
  const sections = []
  for (const [full, command] of [[false, 'npm run bench'], [true, 'npm run bench:full']]) {
    const latest = await newest(resultsDir, full)
    sections.push(latest ? `${renderMarkdown(latest.result, 2)}\n(From \`results/${latest.file}\`.)\n` : `## \`${command}\`\n\nNot run yet.\n`)
  }
  const page = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (N = 100 and 1,000, a few minutes) and `npm run bench:full` (N = 10,000); each run also keeps',
    '`results/<date>.json` (`<date>-full.json`) with every figure, the machine and its load, and `results/<date>.md`.',
    'Figures only: every one stands beside its baseline, measured in the same run, as a ratio, with the goals of issue 11;',
    'a missed goal with the reason measured in that run and what it would take (bench/goals.mjs).',
    '',
    'How it measures (bench/run.mjs): per N, a snapshot of N SYNTHETIC documents (bench/snapshots.mjs) is built by plain Astro 7',
    '(one page per document with its title and text, bench/baseline-site/) plus Pagefind 1.6’s Node API, then by the real site',
    '(site/scripts/build.mjs): cold (new output folder, empty PDF cache), warm (nothing changed) and after one edit (one fragment’s',
    'description, bench/edit.mjs). Speed ratios are documents per second (wall time of the build’s processes) against the baseline;',
    'peak memory is the RSS of the build’s process tree, sampled every 250 ms. Search: 20 Dutch queries (bench/search-queries.mjs)',
    'on /zoeken/ in headless Chromium, each first in a fresh browser context (cold) and then on a second visit (warm), timed from',
    'Enter to the frame after the results are in the list; bytes are what the server wrote for the visit (headers and compressed',
    'bodies), “search files” those under /pagefind/.',
    '',
    ...sections,
  ].join('\n')
  await writeFile(pageFile, page)
}
