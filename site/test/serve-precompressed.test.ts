import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFolder, type ServedFolder } from './serve-helpers.ts'

let root: string
let served: ServedFolder | undefined
let origin: string

/** A search file as the build leaves it: Pagefind's gzip original and the brotli copy of its content (src/integrations/search-data.ts). */
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'site-serve-br-'))
  mkdirSync(join(root, 'pagefind'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>')
  writeFileSync(join(root, 'pagefind', 'pagefind.nl_abc.pf_meta'), gzipSync(Buffer.from('pagefind_dcdmeta')))
  writeFileSync(join(root, 'pagefind', 'pagefind.nl_abc.pf_meta.br'), brotliCompressSync(Buffer.from('pagefind_dcdmeta')))
  served = await serveFolder(root)
  origin = served.origin
})

afterAll(() => served?.close())

describe('precompressed search files', () => {
  it('sends the brotli copy to a browser that takes brotli, decoded by it to what Pagefind reads', async () => {
    const response = await fetch(`${origin}/pagefind/pagefind.nl_abc.pf_meta`, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
    // fetch decodes brotli: the body is the signature and content, which Pagefind uses without its own gunzip.
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('pagefind_dcdmeta')
  })

  it('sends the original, as Pagefind wrote it, to a client without brotli', async () => {
    const response = await fetch(`${origin}/pagefind/pagefind.nl_abc.pf_meta`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBeNull()
    const body = Buffer.from(await response.arrayBuffer())
    expect(body.subarray(0, 2).toString('hex')).toBe('1f8b')
  })

  it('says the answer varies by Accept-Encoding on a revalidation (304) too', async () => {
    const url = `${origin}/pagefind/pagefind.nl_abc.pf_meta`
    const first = await fetch(url, { headers: { 'accept-encoding': 'br' } })
    await first.arrayBuffer()
    const again = await fetch(url, { headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.get('etag')! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('vary')).toMatch(/accept-encoding/i)
  })
})
