import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { precompressSearchFiles } from '../src/integrations/search-data.ts'

let dir = ''
afterEach(() => rm(dir, { recursive: true, force: true }))

/** A Pagefind file as Pagefind writes it: gzip over its signature and content. */
const pagefindFile = (content: string) => gzipSync(Buffer.from(`pagefind_dcd${content}`))

describe('brotli copies of the search files a first query waits for', () => {
  it('holds what the browser must end up with: Pagefind’s files gunzipped (signature first), text as it is', async () => {
    dir = await mkdtemp(join(tmpdir(), 'search-precompress-'))
    for (const folder of ['index', 'fragment', 'filter']) await mkdir(join(dir, folder))
    // Which metadata and WebAssembly files the index has comes from Pagefind's entry file.
    await writeFile(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { nl: { hash: 'nl_abc123', wasm: 'nl', page_count: 2 } } }))
    await writeFile(join(dir, 'pagefind.nl_abc123.pf_meta'), pagefindFile('meta'.repeat(50)))
    await writeFile(join(dir, 'pagefind.nl_old999.pf_meta'), pagefindFile('an earlier index'))
    await writeFile(join(dir, 'wasm.nl.pagefind'), pagefindFile('wasm'))
    await writeFile(join(dir, 'wasm.unknown.pagefind'), pagefindFile('unused wasm'))
    await writeFile(join(dir, 'pagefind.js'), 'export const pagefind = 1')
    await writeFile(join(dir, 'toolkit-words.txt'), 'herstel stigma')
    await writeFile(join(dir, 'index', 'nl_1.pf_index'), pagefindFile('chunk'))
    await writeFile(join(dir, 'filter', 'nl_2.pf_filter'), pagefindFile('filter'))
    await writeFile(join(dir, 'fragment', 'nl_3.pf_fragment'), pagefindFile('{"url":"/a/"}'))

    await precompressSearchFiles(dir)
    const copy = async (name: string) => brotliDecompressSync(await readFile(join(dir, `${name}.br`))).toString()
    expect(await copy('pagefind.nl_abc123.pf_meta')).toBe(`pagefind_dcd${'meta'.repeat(50)}`)
    expect(await copy('wasm.nl.pagefind')).toBe('pagefind_dcdwasm')
    expect(await copy('index/nl_1.pf_index')).toBe('pagefind_dcdchunk')
    expect(await copy('filter/nl_2.pf_filter')).toBe('pagefind_dcdfilter')
    expect(await copy('pagefind.js')).toBe('export const pagefind = 1')
    expect(await copy('toolkit-words.txt')).toBe('herstel stigma')
    // The page table is not there: no copy, no error. Files no first query loads get none.
    for (const name of ['toolkit-pages.json', 'pagefind.nl_old999.pf_meta', 'wasm.unknown.pagefind', 'fragment/nl_3.pf_fragment']) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false)
    }
  })
})
