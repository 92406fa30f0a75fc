import { mkdtemp, readFile, readdir, rm, stat, utimes } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generatePdfs, type GenerateResult } from '../src/pdf/generate.ts'
import { PdfCache } from '../src/pdf/pdf-cache.ts'
import { pdfFixture, TEST_SITE } from './pdf-fixtures.ts'
import { readPdf } from './pdf-helpers.ts'

const folders: string[] = []
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'toolkit-pdf-test-'))
  folders.push(dir)
  return dir
}
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))))

const hashes = (result: GenerateResult) => Object.fromEntries(Object.entries(result.manifest.entries).map(([key, entry]) => [key, entry.hash]))
const changed = (before: GenerateResult, after: GenerateResult) =>
  Object.keys(hashes(after)).filter((key) => hashes(before)[key] !== hashes(after)[key]).sort()

// Worker threads start in about a second; on a busy machine much more.
describe('PDF generation with a content-hash cache', { timeout: 60_000 }, () => {
  it('makes every PDF on the worker pool, then none when nothing changed; one edit remakes only its PDFs', async () => {
    const cacheDir = await tempDir()
    // poolFrom 1: on worker threads even for the fixture's few PDFs, so the pool is tested too.
    const options = { site: TEST_SITE, cacheDir, threads: 2, poolFrom: 1 }

    const cold = await generatePdfs({ ...options, snapshot: pdfFixture() })
    expect(cold.made).toBe(8)
    expect(cold.cached).toBe(0)
    expect(cold.summary).toMatch(/^PDF's: 8 gemaakt, 0 uit cache, \d+,\d s$/)

    const warm = await generatePdfs({ ...options, snapshot: pdfFixture() })
    expect(warm.made).toBe(0)
    expect(warm.cached).toBe(8)
    expect(hashes(warm)).toEqual(hashes(cold))

    // A fragment's questions are shown on its sheet and in its production's booklet.
    const fragmentEdit = await generatePdfs({
      ...options,
      snapshot: pdfFixture((raw) => raw.collections.fragments[0].questions.general.push('Een nieuwe synthetische vraag?')),
    })
    expect(fragmentEdit.made).toBe(2)
    expect(changed(warm, fragmentEdit)).toEqual(['fragments/testfragment-synthetisch', 'productions/testproductie-synthetisch'])

    const activityEdit = await generatePdfs({
      ...options,
      snapshot: pdfFixture((raw) => {
        raw.collections.fragments[0].questions.general.push('Een nieuwe synthetische vraag?')
        raw.collections.activities[0].title = 'Hernoemde werkvorm synthetisch'
      }),
    })
    expect(activityEdit.made).toBe(1)
    expect(changed(fragmentEdit, activityEdit)).toEqual(['activities/testwerkvorm-synthetisch'])
  })

  it('ignores a new snapshot version and key order when the documents are the same', async () => {
    const cacheDir = await tempDir()
    await generatePdfs({ site: TEST_SITE, cacheDir, snapshot: pdfFixture(), threads: 1 })
    const again = await generatePdfs({
      site: TEST_SITE,
      cacheDir,
      threads: 1,
      snapshot: pdfFixture((raw) => {
        raw.contentVersion = 'pdf-fixture-2'
        raw.generatedAt = '2025-04-01T00:00:00.000Z'
        const [first] = raw.collections.cases
        raw.collections.cases[0] = Object.fromEntries(Object.entries(first).reverse())
      }),
    })
    expect(again.made).toBe(0)
    expect(again.manifest.contentVersion).toBe('pdf-fixture-2')
  })

  it('remakes a PDF for another site address, since its links and QR code change', async () => {
    const cacheDir = await tempDir()
    await generatePdfs({ site: TEST_SITE, cacheDir, snapshot: pdfFixture(), threads: 1 })
    const moved = await generatePdfs({ site: { origin: 'https://elders.test', base: '/' }, cacheDir, snapshot: pdfFixture(), threads: 1 })
    expect(moved.made).toBe(8)
    expect(moved.manifest.entries['cases/testcasus-synthetisch']!.href).toBe('/pdf/cases/testcasus-synthetisch.pdf')
  })

  it('gives identical bytes for identical content, and a manifest with links and true sizes', async () => {
    const [first, second] = [await tempDir(), await tempDir()]
    const a = await generatePdfs({ site: TEST_SITE, cacheDir: first, snapshot: pdfFixture(), threads: 1 })
    await generatePdfs({ site: TEST_SITE, cacheDir: second, snapshot: pdfFixture(), threads: 2, poolFrom: 1 })
    const entry = a.manifest.entries['fragments/testfragment-synthetisch']!
    expect(entry.href).toBe('/toolkit/pdf/fragments/testfragment-synthetisch.pdf')
    expect(entry.file).toBe('pdf/fragments/testfragment-synthetisch.pdf')
    const bytes = await readFile(new PdfCache(first).pathOf(entry.hash))
    expect(bytes.byteLength).toBe(entry.bytes)
    expect(bytes.equals(await readFile(new PdfCache(second).pathOf(entry.hash)))).toBe(true)
  })

  it('publishes the PDFs into the built site as /pdf/<collection>/<slug>.pdf', async () => {
    const [cacheDir, outDir] = [await tempDir(), await tempDir()]
    const { manifest } = await generatePdfs({ site: TEST_SITE, cacheDir, snapshot: pdfFixture(), threads: 1 })
    expect(await new PdfCache(cacheDir).publish(manifest, outDir)).toBe(8)
    expect((await readdir(join(outDir, 'pdf'))).sort()).toEqual(['activities', 'cases', 'evidence', 'fragments', 'interventions', 'productions'])
    const published = await readFile(join(outDir, 'pdf/cases/testcasus-synthetisch.pdf'))
    expect(published.subarray(0, 5).toString()).toBe('%PDF-')
    expect((await readPdf(published)).text).toContain('Casus Sam (synthetisch)')
  })

  it('prunes cached PDFs no build used for two weeks, and keeps the ones in use', async () => {
    const cacheDir = await tempDir()
    const cache = new PdfCache(cacheDir)
    await cache.write('oud', new Uint8Array([1]))
    await cache.write('gebruikt', new Uint8Array([2]))
    const longAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000)
    await utimes(cache.pathOf('oud'), longAgo, longAgo)
    await utimes(cache.pathOf('gebruikt'), longAgo, longAgo)
    expect(await cache.prune(new Set(['gebruikt']))).toBe(1)
    await expect(stat(cache.pathOf('oud'))).rejects.toThrow()
    expect(await cache.sizeOf('gebruikt')).toBe(1)
  })
})
