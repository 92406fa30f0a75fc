/**
 * The PDF cache key covers all the code that makes a PDF (src/pdf/fingerprint.ts):
 * found by following the imports, so a module the renderers start to use
 * counts without anyone adding it to a list. Before, the booklet's phase
 * names (lib/view/phases.ts) were missing, and a wording change there served
 * stale booklets from the cache.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { codeFingerprint, moduleGraph, packageVersion } from '../src/pdf/fingerprint.ts'
import { FONT_PACKAGE } from '../src/pdf/fonts.ts'

const PDF_DIR = fileURLToPath(new URL('../src/pdf/', import.meta.url))

describe('the PDF renderer fingerprint', () => {
  it('counts the installed version of each package a PDF is made with, the font package (no main entry) too', async () => {
    // A key that read 'not found' for every package would ignore a pdfkit, fontkit or font upgrade.
    // Read straight from node_modules (the site's own, else the workspace's): not every package exports its package.json.
    const installed = (name: string) =>
      [new URL(`../node_modules/${name}/package.json`, import.meta.url), new URL(`../../node_modules/${name}/package.json`, import.meta.url)].find((file) => existsSync(file))!
    for (const name of ['pdfkit', 'fontkit', 'qrcode', FONT_PACKAGE]) {
      const version = (JSON.parse(readFileSync(installed(name), 'utf8')) as { version: string }).version
      expect(await packageVersion(name), name).toBe(version)
    }
    expect(await packageVersion('geen-pakket-met-deze-naam')).toBe('not found')
  })

  it('follows the imports of the renderers into the site’s helpers, the documents and the schemas', async () => {
    const { files, packages } = await moduleGraph([join(PDF_DIR, 'generate.ts'), join(PDF_DIR, 'render.ts')])
    const names = [...files].map((file) => file.slice(file.lastIndexOf('/src/') + 1))
    expect(names).toEqual(expect.arrayContaining(['src/lib/view/phases.ts', 'src/pdf/documents/production-booklet.ts', 'src/pdf/writer.ts', 'src/index.ts']))
    expect([...packages]).toEqual(expect.arrayContaining(['pdfkit', 'qrcode', 'fontkit']))
  })

  describe('on a module tree of its own', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'toolkit-fingerprint-'))
      await mkdir(join(dir, 'pdf'), { recursive: true })
      await mkdir(join(dir, 'lib'), { recursive: true })
      await writeFile(join(dir, 'pdf', 'render.ts'), "import { phase } from '../lib/phases.ts'\nexport const render = () => phase\n")
      await writeFile(join(dir, 'lib', 'phases.ts'), "export { phase } from './words'\n")
      await writeFile(join(dir, 'lib', 'words.ts'), "export const phase = 'Opening'\n")
      await writeFile(join(dir, 'lib', 'unused.ts'), "export const other = 'x'\n")
    })
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it('counts a module imported for its types only without `import type` (Node loads it in the worker threads), not one behind `import type`', async () => {
      await writeFile(join(dir, 'lib', 'shapes.ts'), "export const SHAPE = { kind: 'sheet' }\n")
      await writeFile(join(dir, 'lib', 'only-types.ts'), "export type Sheet = { kind: string }\n")
      await writeFile(join(dir, 'pdf', 'typed.ts'), "import { SHAPE } from '../lib/shapes.ts'\nimport type { Sheet } from '../lib/only-types.ts'\nexport const sheet = (s: typeof SHAPE): Sheet => s\n")
      const { files } = await moduleGraph([join(dir, 'pdf', 'typed.ts')])
      const names = [...files].map((file) => file.slice(dir.length + 1))
      expect(names).toContain('lib/shapes.ts')
      expect(names).not.toContain('lib/only-types.ts')
    })

    it('changes when a module imported two steps away changes, and not for a module nothing imports', async () => {
      const entry = [join(dir, 'pdf', 'render.ts')]
      const before = await codeFingerprint(entry)
      await writeFile(join(dir, 'lib', 'unused.ts'), "export const other = 'y'\n")
      expect(await codeFingerprint(entry)).toBe(before)
      await writeFile(join(dir, 'lib', 'words.ts'), "export const phase = 'Kennismaking'\n")
      expect(await codeFingerprint(entry)).not.toBe(before)
    })
  })
})
