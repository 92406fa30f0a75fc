#!/usr/bin/env node
/**
 * `npm run build`: builds the static site (astro build) into a fresh folder
 * next to the output folder, then swaps it in. A server reading dist/
 * (scripts/serve.mjs) keeps serving the previous site during a rebuild, and
 * keeps it if the build fails (for instance on invalid content).
 *
 * Pages go live before the search index: the new folder gets the live
 * site's index (hard links) and is swapped in as soon as the pages are done;
 * then the new index is built from the live pages into a folder beside the
 * site (src/build/search-index.ts) and swapped in for dist/pagefind/. An
 * edit is visible without waiting for the index; search catches up seconds
 * later. When the index fails, the new pages stay live with the previous
 * index and the build exits with an error; the next build makes the whole
 * index again, so nothing stays behind. When no indexed page changed (the
 * state's `searchIndex` key, from the code and what Pagefind reads of every
 * indexed page, src/build/index-key.ts, equals the live index's, kept in
 * `dist.index.json`), the live index is kept: a warm build makes no index,
 * nor does the PDF follow-up (its download links are not indexed).
 *
 * Locks: the pages of one build at a time (`dist.lock`), released once they
 * are live; the index of one build at a time (`dist.index.lock`); the swaps
 * of pages and of an index never interleave (`dist.swap.lock`). An edit
 * published right after another goes live without waiting for the other's
 * index; an index a newer build overtook is skipped (that build makes its
 * own).
 *
 * PDFs follow the pages when many are missing (a cold build, new PDF code):
 * the first build leaves them out (src/integrations/pdf.ts, more than
 * INLINE_PDF_LIMIT missing), so its pages go live without those downloads
 * and never link a file that does not exist. After its index this script
 * makes them into the PDF cache in a process of its own (scripts/make-pdfs.mjs,
 * whose memory goes when it exits), one PDF job at a time (`dist.pdf.lock`,
 * "PDF's: 120 van 2.000 …", below normal CPU priority, so a publish meanwhile
 * is not slowed by it), and builds again on the same content: only the
 * pages whose PDF link changed are rendered, and they go live with their
 * links. That follow-up is skipped when a newer build went live meanwhile
 * (it links the PDFs itself, and its content is newer). The script exits
 * once the PDFs are live, so `npm start` and tests that wait for a finished
 * build see every download; the CMS's site update counts as done at the
 * first "Pagina’s live na", and the page lock is free from then on. The
 * report has `pagesLiveMs` (first swap) and `pdfsLiveMs` (the follow-up's).
 * An edit misses a few PDFs and makes them before its pages: one build.
 *
 * Incremental: the build state of the live site is kept beside it
 * (`dist.state/`, never published). With it the build renders only the
 * pages whose content changed and takes the other pages over from the live
 * site as hard links (src/integrations/incremental.ts); the new folder is
 * still a complete site. The new state is swapped in with the new site; the
 * old state is removed first, so a build that stops halfway leaves no state
 * that does not describe the live site (the next build is then full).
 *
 * Settings (src/build/options.ts): CONTENT_SNAPSHOT or CMS_URL (content),
 * SITE_BASE (sub-path), SITE_OUT_DIR (output folder, default dist/),
 * SITE_FULL_BUILD=1 (render every page; the follow-up for PDFs is
 * incremental), BUILD_REPORT=<file> (write the build report there as JSON).
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { constants } from 'node:os'
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { childEnvironment, siteSettings } from '../src/build/options.ts'
import { pagesToIndex, writeSearchIndex } from '../src/build/search-index.ts'
import { readState } from '../src/build/state.ts'
import { prioritise, running, waitFor, withSwapLock } from './build-locks.mjs'
import { logLine, seconds } from './build-report-line.mjs'

const started = performance.now()
const siteDir = fileURLToPath(new URL('..', import.meta.url))
const settings = siteSettings()
const target = resolve(siteDir, settings.outDir ?? 'dist')
const next = `${target}.next`
const state = `${target}.state`
const nextState = `${target}.state.next`
const nextIndex = `${target}.pagefind.next`
const previousIndex = `${target}.pagefind.old`
/** What the live index (dist/pagefind/) was made from: the `searchIndex` key of the build state it was built for. */
const indexKeyFile = `${target}.index.json`
/** Folders renamed aside: `<target>.old.weg-<random>`, a name a later build also removes, should this process stop first. */
const ASIDE = `${basename(target)}.old.weg-`

/** This build's own folders under site/ (see buildPages); the deferred PDFs' jobs and snapshot wait in `<cache>-pdf`. */
const cacheDir = join(siteDir, 'node_modules', '.cache', 'toolkit-build')
const pdfWork = join(cacheDir, `${process.pid}-pdf`)

await mkdir(dirname(target), { recursive: true })
// The work folders of builds that were stopped (killed halfway, a restart) go; a running build's stay its own. A deferred
// PDF job's (its jobs and snapshot) can be tens of MB. One named with this process's id is a stopped build's too (ids
// repeat, in a container after every restart): left, its snapshot would be taken for this build's content.
for (const name of await readdir(cacheDir).catch(() => [])) {
  const pid = Number.parseInt(name, 10)
  if (Number.isInteger(pid) && (pid === process.pid || !running(pid))) await rm(join(cacheDir, name), { recursive: true, force: true })
}
// A relative snapshot path means relative to where the build was started (the settings resolve it here).
const snapshotEnv = settings.content.kind === 'file' ? { CONTENT_SNAPSHOT: settings.content.path } : {}

const first = await buildPages({ pass: 'pagina', deferPdfs: true, contentEnv: snapshotEnv })
let second
let pdfsLiveMs = first.pdfsDeferred === 0 ? first.pagesLiveMs : null
let pdfMs = 0
let pdfError
if (first.pdfsDeferred > 0) {
  let releasePdfs
  try {
    // One PDF job at a time, held until its follow-up build is live; a build's pages never wait for it.
    releasePdfs = await waitFor(`${target}.pdf`, 'PDF-taak', target)
    // Nor for the CPU: the PDFs are made below normal priority (the process that makes them, and its render threads,
    // inherit it), so a publish meanwhile builds its pages first.
    prioritise(constants.priority.PRIORITY_BELOW_NORMAL)
    const pdfStarted = performance.now()
    const made = await makePdfs(join(pdfWork, 'pdfs.json'))
    pdfMs = performance.now() - pdfStarted
    // The follow-up holds the page lock: at normal priority again, so a publish waiting for that lock is not held up.
    prioritise(constants.priority.PRIORITY_NORMAL)
    console.log(`PDF's: ${made} gemaakt in ${seconds(pdfMs)}; de pagina’s krijgen hun downloadlinks …`)
    // The same content as the pages (a snapshot file the caller may remove once the pages are live was copied).
    const contentEnv = existsSync(join(pdfWork, 'snapshot.json')) ? { CONTENT_SNAPSHOT: join(pdfWork, 'snapshot.json') } : {}
    second = await buildPages({ pass: 'pdf', deferPdfs: false, contentEnv, after: first.build })
    if (second.overtaken) console.log("PDF's: een nieuwere bouw staat al live en linkt ze zelf.")
    else pdfsLiveMs = second.pagesLiveMs
  } catch (error) {
    pdfError = error
  } finally {
    await rm(pdfWork, { recursive: true, force: true })
    await releasePdfs?.()
  }
}
if (pdfError) {
  console.error(`PDF's niet gemaakt: ${pdfError.message ?? pdfError}\nDe pagina’s staan live zonder de downloadlinks van deze PDF's; de volgende bouw maakt ze opnieuw.`)
  process.exit(1)
}

const last = second && !second.overtaken ? second : first
const passes = [first, ...(second && !second.overtaken ? [second] : [])]
const sum = (phase) => passes.reduce((total, pass) => total + pass.summary.phases[phase], 0)
const report = {
  phases: {
    loadMs: sum('loadMs'),
    pdfMs: sum('pdfMs') + pdfMs,
    renderMs: sum('renderMs'),
    indexMs: sum('indexMs'),
    totalMs: performance.now() - started,
    pagesLiveMs: first.pagesLiveMs,
    // When the first index failed, the follow-up build's made search whole again.
    indexLiveMs: first.indexLiveMs ?? last.indexLiveMs,
    pdfsLiveMs,
  },
  pages: last.summary.pages,
  documents: last.summary.documents,
  incremental: first.summary.incremental,
  // Where the wait for the first pass's pages and its index went (src/build/phases.ts; the benchmark explains a missed goal with them).
  steps: { ...first.summary.steps, index: first.indexSteps ?? null },
  indexKept: first.indexKept,
  pdfsDeferred: first.pdfsDeferred,
  ...(last.indexError ? { indexError: String(last.indexError.message ?? last.indexError) } : {}),
}
for (const phase of Object.keys(report.phases)) if (report.phases[phase] !== null) report.phases[phase] = Math.round(report.phases[phase])
if (settings.buildReport) await writeFile(resolve(settings.buildReport), `${JSON.stringify(report, null, 2)}\n`)
console.log(logLine(report, target))
if (report.indexError) {
  console.error(
    `Zoekindex niet bijgewerkt: ${report.indexError}\n` +
      `De nieuwe pagina’s staan live in ${target}, met de zoekindex van de vorige bouw; de volgende bouw maakt de zoekindex opnieuw.`,
  )
  process.exit(1)
}

/**
 * One build of the pages, swapped in, then its search index. `deferPdfs`:
 * many missing PDFs are left out (their jobs kept in `pdfWork`); `after`:
 * the follow-up that links them, skipped when a newer build than that one
 * is live (that build links them itself, and this content may be older).
 * Exits the process when Astro fails; the live site stays as it was.
 */
async function buildPages({ pass, deferPdfs, contentEnv, after }) {
  const releasePages = await waitFor(target, 'bouw', target)
  if (after !== undefined && ((await readState(state))?.build ?? 0) !== after) {
    await releasePages()
    return { overtaken: true }
  }
  /** The site this build replaces, until it is removed: a name of this pass's own, as the next build may swap meanwhile. */
  const previous = `${target}.old.${process.pid}-${pass}`
  // The live site is handed over on a full build too (SITE_FULL_BUILD): its hashed scripts and styles stay for a grace period
  // (src/build/assets.ts), for browsers that still hold its pages.
  const previousBuild = existsSync(target) ? { output: target, ...(existsSync(state) ? { state } : {}) } : undefined

  // Astro writes its server chunks into <working directory>/.astro/ when the output folder is outside the
  // working directory: a folder of this build's own, so builds at once (tests, benchmark, CMS) never share it.
  // It lies under site/ so the chunks resolve the site's packages. The build's summary goes there too.
  const workDir = join(cacheDir, `${process.pid}-${pass}`)
  const summaryFile = join(workDir, 'summary.json')
  const deferredFile = join(workDir, 'pdfs.json')
  await mkdir(workDir, { recursive: true })

  // Left over by a build that stopped halfway, or a site an earlier build replaced: never served again, so they go. (The
  // index folders are the index phase's, below.) Each is renamed aside at once and removed by a process of its own: an
  // edit published right after another finds that build's replaced site still there while it makes its index, and
  // removing it here (tens of thousands of files) kept these pages waiting 7–11 s at 10,000 documents.
  const replaced = (await readdir(dirname(target))).filter((name) => name.startsWith(`${basename(target)}.old`)).map((name) => join(dirname(target), name))
  await Promise.all([next, nextState, ...replaced].map((dir) => removeAside(dir)))
  // The build options (src/build/options.ts) go to the integrations as options, not through the environment.
  const options = {
    previous: previousBuild,
    full: settings.fullBuild && pass === 'pagina',
    outDir: next,
    nextState,
    summaryFile,
    deferIndex: true,
    ...(deferPdfs ? { deferredPdfs: deferredFile } : {}),
  }
  const astro = spawn(process.execPath, [join(siteDir, 'scripts', 'astro-build.mjs'), JSON.stringify(options)], {
    cwd: workDir,
    stdio: 'inherit',
    // Always React's production build: a site update started by the development CMS (`npm start` runs it with
    // NODE_ENV=development) publishes the same site as any other build.
    env: childEnvironment({ ...contentEnv, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }),
  })
  const [exitCode, signal] = await once(astro, 'exit')
  const code = exitCode ?? (signal ? 1 : 0)
  const summary = code === 0 ? JSON.parse(await readFile(summaryFile, 'utf8')) : undefined
  if (summary?.pdfsDeferred > 0) {
    // Kept for the PDF job, with the content they came from: a caller may remove its snapshot file once the pages are live.
    await mkdir(pdfWork, { recursive: true })
    await rename(deferredFile, join(pdfWork, 'pdfs.json'))
    if (contentEnv.CONTENT_SNAPSHOT) await copyFile(contentEnv.CONTENT_SNAPSHOT, join(pdfWork, 'snapshot.json'))
  }
  await rm(workDir, { recursive: true, force: true })
  if (code !== 0) {
    await Promise.all([rm(next, { recursive: true, force: true }), rm(nextState, { recursive: true, force: true }), rm(pdfWork, { recursive: true, force: true })])
    console.error(`Site niet gebouwd (code ${code}); ${target} is ongewijzigd.`)
    process.exit(code)
  }
  await rm(state, { recursive: true, force: true })
  // The live site's index moves along (one rename, right before the swap), so the new pages go live as a
  // complete site, search one edit behind. Never beside an index being swapped in (the swap lock: milliseconds).
  // Between the two renames the folder is missing for an instant; the site's server waits for it (serve.mjs SWAP_WAIT_MS).
  await withSwapLock(target, async () => {
    await rename(join(target, 'pagefind'), join(next, 'pagefind')).catch(ignoreMissing)
    await rename(target, previous).catch(ignoreMissing)
    await rename(next, target)
    await rename(nextState, state)
  })
  const pagesLiveMs = performance.now() - started
  // The CMS's site update counts as done on this line of the first pass (cms/src/publishing/runSiteUpdate.ts).
  if (pass === 'pagina') console.log(`Pagina’s live na ${seconds(pagesLiveMs)}; zoekindex wordt bijgewerkt …`)
  else console.log(`Downloadlinks van de PDF's live na ${seconds(pagesLiveMs)}; zoekindex wordt bijgewerkt …`)

  // What the index of these pages is made from, read while this build's state is the live one; then the next build may
  // start (an edit right after this one goes live without waiting for this index). Indexes are built one at a time.
  const liveState = await readState(state)
  const indexKey = liveState?.searchIndex ?? null
  const indexFiles = pagesToIndex(Object.values(liveState?.pages ?? {}))
  await releasePages()
  const releaseIndex = await waitFor(`${target}.index`, 'zoekindex', target)
  await Promise.all([nextIndex, previousIndex].map((dir) => rm(dir, { recursive: true, force: true })))
  /** A later build whose pages went live meanwhile builds the index of those; this one's would be behind. */
  const overtaken = async () => ((await readState(state))?.build ?? 0) > (liveState?.build ?? 0)

  // The new index, from the live pages, beside the site; then swapped in for the previous one. When no indexed page
  // changed (same indexed text, same code: the state's key equals the live index's), the live index is this site's index already.
  const indexStarted = performance.now()
  let indexError
  /** Stays null when the index failed. */
  let indexLiveMs = null
  /** The index's parts when one was made (src/build/search-index.ts). */
  let indexSteps
  // The key of the live index; none known (no file, or an unreadable one) keeps no index.
  const liveIndexKey = await readFile(indexKeyFile, 'utf8')
    .then((text) => JSON.parse(text).key)
    .catch(() => undefined)
  const indexKept = indexKey !== null && indexKey === liveIndexKey && existsSync(join(target, 'pagefind'))
  const skipped = !indexKept && (await overtaken())
  if (indexKept || skipped) {
    indexLiveMs = pagesLiveMs
    console.log(indexKept ? 'Zoekindex ongewijzigd: geen geïndexeerde pagina is veranderd.' : 'Zoekindex overgeslagen: een nieuwere bouw staat al live en maakt de zoekindex.')
  } else {
    try {
      const index = await writeSearchIndex({ siteDir: target, files: indexFiles, outputDir: nextIndex })
      indexSteps = { pages: index.pages, addMs: index.addMs, writeMs: index.writeMs, searchDataMs: index.searchDataMs }
      console.log(
        `Zoekindex: ${new Intl.NumberFormat('nl-NL').format(index.pages)} pagina’s (toevoegen ${seconds(index.addMs)} · schrijven ${seconds(index.writeMs)} · zoekgegevens ${seconds(index.searchDataMs)})`,
      )
      // The key goes first: a build stopped between these steps leaves no key, and the next one builds the index again.
      await withSwapLock(target, async () => {
        await rm(indexKeyFile, { force: true })
        await rename(join(target, 'pagefind'), previousIndex).catch(ignoreMissing)
        await rename(nextIndex, join(target, 'pagefind'))
        if (indexKey !== null) await writeFile(indexKeyFile, JSON.stringify({ key: indexKey }))
      })
      indexLiveMs = performance.now() - started
      await rm(previousIndex, { recursive: true, force: true })
    } catch (error) {
      // Pages a later build removed meanwhile cannot be read: that build makes the index of its own pages.
      if (!(await overtaken())) indexError = error
      await rm(nextIndex, { recursive: true, force: true })
    }
  }
  await releaseIndex()
  summary.phases.indexMs += performance.now() - indexStarted
  // The previous site is no longer served. Removing it (tens of thousands of links) waits until search is live too,
  // and nobody waits for it: 5–10 s at 10,000 documents, a third of a warm build. After a failed index it goes at once,
  // so a build that reports a failure leaves nothing of its own beside the site (folders it set aside at its start are
  // removed in the background).
  if (indexError) await rm(previous, { recursive: true, force: true })
  else removeInBackground(previous)
  if (indexError && pass === 'pagina' && summary.pdfsDeferred > 0) console.error(`Zoekindex niet bijgewerkt: ${indexError.message ?? indexError}; de bouw met de PDF's maakt hem opnieuw.`)
  return { summary, pagesLiveMs, indexLiveMs, indexKept, indexError, indexSteps, build: liveState?.build ?? 0, pdfsDeferred: summary.pdfsDeferred ?? 0 }
}

/** Makes the PDFs the first pass left (src/pdf/deferred.ts) into the cache, in a process of its own (scripts/make-pdfs.mjs). */
async function makePdfs(file) {
  const child = spawn(process.execPath, [join(siteDir, 'scripts', 'make-pdfs.mjs'), file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  let made
  child.on('message', (message) => (made = message.made))
  // A process that does not start rejects (its 'error' event). 'close', not 'exit': the IPC message with the count can
  // arrive after 'exit', and a finished job would read as stopped.
  const [code, signal] = await once(child, 'close')
  if (code !== 0 || made === undefined) throw new Error(`het maken van de PDF's stopte (${signal ?? `code ${code}`})`)
  return made
}

/**
 * Removes a replaced site in a detached process of its own at low priority, so this build exits once its pages and
 * index are live. A folder it leaves (stopped halfway) goes at the next build's start, with the other leftovers.
 */
function removeInBackground(dir) {
  const remove = "require('node:fs/promises').rm(process.argv[1], { recursive: true, force: true, maxRetries: 3 }).catch(() => {})"
  const remover = spawn(process.execPath, ['-e', remove, dir], { detached: true, stdio: 'ignore' })
  remover.on('error', () => {}) // Not started: the next build removes the folder.
  if (remover.pid) prioritise(constants.priority.PRIORITY_LOW, remover.pid)
  remover.unref()
}

/** `dir` renamed aside under a name of its own (process ids repeat after a restart), then removed in the background. */
async function removeAside(dir) {
  // Already aside: a process may be removing it, or may have stopped; one more makes sure it goes.
  if (basename(dir).startsWith(ASIDE)) return removeInBackground(dir)
  const aside = join(dirname(target), `${ASIDE}${randomUUID()}`)
  try {
    await rename(dir, aside)
  } catch (error) {
    ignoreMissing(error)
    return
  }
  removeInBackground(aside)
}

/** A folder that is not there (the first build, or an index that failed before) is nothing to move. */
function ignoreMissing(error) {
  if (error.code !== 'ENOENT') throw error
}
