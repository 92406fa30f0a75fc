/**
 * Reading rendered pages back (src/build/read-rendered.ts): what a page's
 * HTML says (its `_astro/` links, its search-index key, its inline scripts'
 * hashes) comes out the same on the worker thread a cold build uses as on
 * the build's own thread.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import readPages, { readRendered, WORKER_FROM } from '../src/build/read-rendered.ts'

const output = mkdtempSync(join(tmpdir(), 'read-rendered-'))
afterAll(() => rmSync(output, { recursive: true, force: true }))

/** Enough pages for the worker: indexed ones with a script and a stylesheet, and plain ones with an inline script. */
const files = Array.from({ length: WORKER_FROM + 20 }, (_, index) => {
  const file = `werkvormen/w${index}/index.html`
  const html =
    index % 2 === 0
      ? `<!doctype html><html lang="nl"><head><link rel="stylesheet" href="/_astro/site.${index % 3}.css"><script type="module" src="/_astro/page.js"></script></head><body><main data-pagefind-body><h1>Werkvorm ${index}</h1></main></body></html>`
      : `<!doctype html><html lang="nl"><body><p>Weergave ${index}</p><script>document.documentElement.dataset.n = '${index % 4}'</script></body></html>`
  mkdirSync(dirname(join(output, file)), { recursive: true })
  writeFileSync(join(output, file), html)
  return file
})

describe('reading rendered pages back', () => {
  it('says per page which files it links, whether it is indexed and which inline scripts it runs', async () => {
    const facts = await readPages({ output, files: files.slice(0, 2) })
    expect(facts[0]![0]).toBe('werkvormen/w0/index.html')
    expect(facts[0]![1]).toEqual(['_astro/page.js', '_astro/site.0.css'])
    expect(facts[0]![2]).toMatch(/^[\w-]{22}$/)
    expect(facts[0]![3]).toEqual([])
    expect(facts[1]!.slice(1, 3)).toEqual([[], null])
    expect(facts[1]![3]).toHaveLength(1)
    expect(facts[1]![3][0]).toMatch(/^'sha256-[\w+/=]+'$/)
  })

  it('gives the same facts on a worker thread, for as many pages as a cold build reads there', async () => {
    expect(await readRendered(output, files)).toEqual(await readPages({ output, files }))
  })

  it('names the page it could not read', async () => {
    await expect(readRendered(output, [...files, 'weg/index.html'])).rejects.toThrow(/weg\/index\.html/)
  })
})
