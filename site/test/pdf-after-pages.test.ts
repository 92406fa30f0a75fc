/**
 * PDFs follow the pages (scripts/build.mjs, integrations/pdf.ts): a build
 * that finds more PDFs missing than INLINE_PDF_LIMIT puts its pages live
 * without links to those PDFs, makes them, and links them in a follow-up
 * build before it exits; a build missing only a few (an edit) makes them
 * before its pages, so an edited page keeps its download. In every output,
 * a linked PDF is a file of that output.
 *
 * The test holds the PDF job's lock (`<out>.pdf.lock`) to look at the site
 * between the two: pages live, PDFs not made yet. Runs the real build on the
 * fixture with extra evidence items: about a minute.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wrapSnapshot } from '@toolkit/schemas/node'
import lockfile from 'proper-lockfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INLINE_PDF_LIMIT } from '../src/integrations/pdf.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { generatePdfs } from '../src/pdf/generate.ts'
import { pdfJobs } from '../src/pdf/jobs.ts'
import type { PdfJob } from '../src/pdf/job-types.ts'
import { buildSite, runBuild } from './build-helpers.ts'
import { rawFixture } from './helpers.ts'

/** The build's SITE_URL (build-helpers.ts): the jobs' page addresses, and so their cache keys, match the build's. */
const SITE = { origin: 'http://localhost:4321', base: '/' }
const STAMP = '2025-01-15T10:00:00.000Z'
/** More new PDFs than the build makes before its pages. */
const COPIES = INLINE_PDF_LIMIT + 5

/** Every `/pdf/….pdf` an HTML page of the output links, with the page that links it. */
async function pdfLinks(out: string): Promise<Array<{ page: string; file: string }>> {
  const links: Array<{ page: string; file: string }> = []
  for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const path = join(entry.parentPath, entry.name)
    for (const match of (await readFile(path, 'utf8')).matchAll(/href="\/(pdf\/[^"]+\.pdf)"/g)) links.push({ page: path.slice(out.length + 1), file: match[1]! })
  }
  return links
}

/** The HTML of a job's page in the output. */
const pageOf = (out: string, job: PdfJob) => readFile(join(out, new URL(job.pageUrl).pathname, 'index.html'), 'utf8')
const links = (html: string, job: PdfJob) => html.includes(`href="/${job.file}"`)

describe('PDFs after the pages', { timeout: 300_000 }, () => {
  let dir: string
  let out: string
  let collections: Record<string, any[]>
  let step = 0
  const snapshotFile = async () => {
    const file = join(dir, `snapshot-${++step}.json`)
    await writeFile(file, JSON.stringify(wrapSnapshot(collections, STAMP)))
    return file
  }
  const jobs = () => pdfJobs(parseSnapshot(wrapSnapshot(collections, STAMP), 'test'), SITE)

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-pdf-after-pages-'))
    out = join(dir, 'site')
    collections = structuredClone(rawFixture().collections)
    // The fixture's own PDFs are in the cache already; the copies are new.
    await generatePdfs({ snapshot: parseSnapshot(wrapSnapshot(collections, STAMP), 'test'), site: SITE, cacheDir: join(dir, 'pdf-cache'), threads: 1 })
    const original = collections.evidence!.find((doc) => doc.kind === 'key-finding')
    for (let i = 1; i <= COPIES; i++) collections.evidence!.push({ ...structuredClone(original), slug: `bevinding-kopie-${i}`, title: `Bevinding kopie ${i}` })
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it(`a cold build missing more than ${INLINE_PDF_LIMIT} PDFs puts its pages live without links to them, then links every PDF`, async () => {
    const file = await snapshotFile()
    const all = jobs()
    const copies = all.filter((job) => job.slug.startsWith('bevinding-kopie-'))
    expect(copies).toHaveLength(COPIES)
    // Held by the test: the build puts its pages and index live, then waits for the PDF job's lock.
    const release = await lockfile.lock(`${out}.pdf`, { realpath: false, lockfilePath: `${out}.pdf.lock` })
    let output = ''
    let released = false
    let waited = () => {}
    const waiting = new Promise<void>((resolve) => (waited = resolve))
    const build = runBuild({
      snapshot: file,
      out,
      pdfCache: join(dir, 'pdf-cache'),
      onOutput: (text) => {
        output += text
        if (output.includes('Pagina’s live na') && output.includes('Er loopt al een PDF-taak')) waited()
      },
    })
    try {
      await Promise.race([waiting, build.then(({ log }) => Promise.reject(new Error(`De bouw stopte voordat hij op de PDF's wachtte:\n${log.slice(-3000)}`)))])

      // Pages live, PDFs not made: the copies' pages have no download, every link there is to a file of this output.
      const live = await pdfLinks(out)
      expect(live.filter(({ file: pdf }) => !existsSync(join(out, pdf)))).toEqual([])
      for (const job of copies) {
        expect(links(await pageOf(out, job), job), job.slug).toBe(false)
        expect(existsSync(join(out, job.file)), job.file).toBe(false)
      }
      // The PDFs that were cached are linked as always.
      for (const job of all.filter((job) => !copies.includes(job))) expect(links(await pageOf(out, job), job), job.slug).toBe(true)
      expect(live.length).toBeGreaterThan(0)
    } finally {
      await release()
      released = true
    }

    const { code, log, report } = await build
    expect(released).toBe(true)
    expect(code, log.slice(-3000)).toBe(0)
    expect(log).toContain(`PDF's: ${COPIES} van ${COPIES}`)
    expect(report!.pdfsDeferred).toBe(COPIES)
    expect(report!.phases.pdfsLiveMs).toBeGreaterThan(report!.phases.pagesLiveMs)
    // The download links it adds are left out of the search index (data-pagefind-ignore="all"): the index is kept.
    expect(log.slice(log.indexOf('Downloadlinks van de PDF'))).toContain('Zoekindex ongewijzigd')
    // The follow-up build links every PDF, and each linked file is there.
    for (const job of all) expect(links(await pageOf(out, job), job), job.slug).toBe(true)
    const linked = await pdfLinks(out)
    expect(linked.filter(({ file: pdf }) => !existsSync(join(out, pdf)))).toEqual([])
    expect(new Set(linked.map(({ file: pdf }) => pdf))).toEqual(new Set(all.map((job) => job.file)))
  })

  it('an edit of one document makes its PDF before the pages go live: its page keeps its download', async () => {
    const edited = collections.evidence!.find((doc) => doc.slug === 'bevinding-kopie-1')
    edited.title = 'Bevinding kopie 1 (bewerkt)'
    const job = jobs().find((candidate) => candidate.slug === 'bevinding-kopie-1')!
    const before = await readFile(join(out, job.file))
    const report = await buildSite({ snapshot: await snapshotFile(), out, pdfCache: join(dir, 'pdf-cache') })
    expect(report.log).toMatch(/PDF's: 1 gemaakt, \d+ uit cache, /)
    expect(report.pdfsDeferred).toBe(0)
    expect(report.phases.pdfsLiveMs).toBe(report.phases.pagesLiveMs)
    expect(report.log).not.toContain('Downloadlinks van de PDF')
    const html = await pageOf(out, job)
    expect(html).toContain('Bevinding kopie 1 (bewerkt)')
    expect(links(html, job)).toBe(true)
    const after = await readFile(join(out, job.file))
    expect(after.equals(before)).toBe(false)
    expect((await pdfLinks(out)).filter(({ file: pdf }) => !existsSync(join(out, pdf)))).toEqual([])
  })

  it('a publish while PDFs are being made goes live without waiting for them, and its content is never replaced by the older one', async () => {
    // New PDFs again, more than the limit: the first build leaves them for after its pages.
    const original = collections.evidence!.find((doc) => doc.kind === 'key-finding')
    for (let i = 1; i <= COPIES; i++) collections.evidence!.push({ ...structuredClone(original), slug: `tweede-kopie-${i}`, title: `Tweede kopie ${i}` })
    const older = await snapshotFile()
    const release = await lockfile.lock(`${out}.pdf`, { realpath: false, lockfilePath: `${out}.pdf.lock` })
    const watchFor = (lines: string[]) => {
      let output = ''
      let seen = () => {}
      const promise = new Promise<void>((resolve) => (seen = resolve))
      return { promise, onOutput: (text: string) => (output += text) && lines.every((line) => output.includes(line)) && seen() }
    }
    const waiting = ['Pagina’s live na', 'Er loopt al een PDF-taak']
    const firstSeen = watchFor(waiting)
    let first: ReturnType<typeof runBuild> | undefined
    let second: ReturnType<typeof runBuild> | undefined
    try {
      first = runBuild({ snapshot: older, out, pdfCache: join(dir, 'pdf-cache'), onOutput: firstSeen.onOutput })
      await Promise.race([firstSeen.promise, first.then(({ log }) => Promise.reject(new Error(log.slice(-3000))))])
      // An editor publishes meanwhile: its pages go live while the first build's PDF job waits (the page lock is free).
      const hoop = collections.fragments!.find((doc) => doc.slug === 'hoop')
      hoop.title = 'Hoop (gepubliceerd tijdens de PDF’s)'
      const secondSeen = watchFor(waiting)
      second = runBuild({ snapshot: await snapshotFile(), out, pdfCache: join(dir, 'pdf-cache'), onOutput: secondSeen.onOutput })
      await Promise.race([secondSeen.promise, second.then(({ log }) => Promise.reject(new Error(log.slice(-3000))))])
      expect(await readFile(join(out, 'filmfragmenten/hoop/index.html'), 'utf8')).toContain(hoop.title)
      expect((await pdfLinks(out)).filter(({ file: pdf }) => !existsSync(join(out, pdf)))).toEqual([])
    } finally {
      await release()
    }
    const [a, b] = await Promise.all([first!, second!])
    expect(a.code, a.log.slice(-3000)).toBe(0)
    expect(b.code, b.log.slice(-3000)).toBe(0)
    // The first build's follow-up would put the older content back: it leaves the PDFs' links to the newer build.
    expect(a.log).toContain('een nieuwere bouw staat al live')
    expect(a.report!.phases.pdfsLiveMs).toBeNull()
    expect(b.report!.phases.pdfsLiveMs).toBeGreaterThan(b.report!.phases.pagesLiveMs)
    expect(await readFile(join(out, 'filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop (gepubliceerd tijdens de PDF’s)')
    const all = jobs()
    for (const job of all) expect(links(await pageOf(out, job), job), job.slug).toBe(true)
    expect((await pdfLinks(out)).filter(({ file: pdf }) => !existsSync(join(out, pdf)))).toEqual([])
  })
})
