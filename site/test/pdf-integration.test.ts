import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PDF_LINKS_MODULE, toolkitPdf } from '../src/integrations/pdf.ts'
import { rawPdfFixture } from './pdf-fixtures.ts'

/** Runs the integration's hooks the way `astro build` does, without building pages. */
// Worker threads start in about a second; on a busy machine much more.
describe('the Astro integration', { timeout: 60_000 }, () => {
  let dir: string
  const saved = { snapshot: process.env.CONTENT_SNAPSHOT }
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-pdf-integration-'))
    await writeFile(join(dir, 'snapshot.json'), JSON.stringify(rawPdfFixture()))
    process.env.CONTENT_SNAPSHOT = join(dir, 'snapshot.json')
  })
  afterAll(async () => {
    if (saved.snapshot === undefined) delete process.env.CONTENT_SNAPSHOT
    else process.env.CONTENT_SNAPSHOT = saved.snapshot
    await rm(dir, { recursive: true, force: true })
  })

  it('generates before pages render, gives pages links with sizes, and writes the PDFs into the output', async () => {
    const integration = toolkitPdf({ cacheDir: join(dir, 'cache'), siteUrl: 'https://toolkit.test' })
    const hooks = integration.hooks as Record<string, (options: any) => Promise<void> | void>
    const logged: string[] = []
    const logger = { info: (line: string) => logged.push(line), warn: () => {}, error: () => {} }
    let plugins: any[] = []
    await hooks['astro:config:setup']!({ updateConfig: (config: any) => (plugins = config.vite.plugins), logger })
    await hooks['astro:config:done']!({ config: { base: '/toolkit/', root: pathToFileURL(`${dir}/`) }, logger })
    await hooks['astro:build:start']!({ logger })
    expect(logged).toEqual([expect.stringMatching(/^PDF's: 8 gemaakt, 0 uit cache, /)])

    const plugin = plugins[0]
    const id = plugin.resolveId(PDF_LINKS_MODULE)
    const code: string = await plugin.load(id)
    const links = JSON.parse(code.replace(/^export default /, ''))
    expect(links['fragments/testfragment-synthetisch']).toEqual({
      href: '/toolkit/pdf/fragments/testfragment-synthetisch.pdf',
      bytes: expect.any(Number),
      label: 'Testfragment synthetisch, vragenblad bij een filmfragment',
    })

    const out = join(dir, 'dist')
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger })
    const pdf = await readFile(join(out, 'pdf/fragments/testfragment-synthetisch.pdf'))
    expect(pdf.byteLength).toBe(links['fragments/testfragment-synthetisch'].bytes)
    expect(pdf.toString('latin1')).toContain('https://toolkit.test/toolkit/filmfragmenten/testfragment-synthetisch/')
    expect(logged.at(-1)).toBe("PDF's: 8 geschreven naar pdf/")
  })
})
