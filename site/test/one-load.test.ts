/**
 * One build, one content: the build reads the CMS once, and its pages and
 * PDFs come from that one read. The fake CMS here answers every read with a
 * newer version of the content (as a CMS does while editors publish during a
 * build); a second read would put another title on the page than in its PDF.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from './build-helpers.ts'
import { rawFixture } from './helpers.ts'
import { readPdf } from './pdf-helpers.ts'

describe('one load per build', { timeout: 180_000 }, () => {
  let dir: string
  let server: Server
  let reads = 0

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-one-load-'))
    server = createServer((request, response) => {
      if (request.url !== '/api/snapshot') return response.writeHead(404).end()
      reads += 1
      const collections = rawFixture().collections
      collections.fragments.find((doc: { slug: string }) => doc.slug === 'hoop').title = `Hoop, versie ${reads}`
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(wrapSnapshot(collections)))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await rm(dir, { recursive: true, force: true })
  })

  it('reads the CMS once, and the page and its PDF show the same version', async () => {
    const { port } = server.address() as AddressInfo
    const out = join(dir, 'site')
    await buildSite({ cmsUrl: `http://127.0.0.1:${port}`, out, pdfCache: join(dir, 'pdf-cache') })
    expect(reads).toBe(1)
    expect(await readFile(join(out, 'filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop, versie 1')
    const pdf = await readPdf(await readFile(join(out, 'pdf/fragments/hoop.pdf')))
    expect(pdf.text).toContain('Hoop, versie 1')
  })
})
