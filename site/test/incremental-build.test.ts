/**
 * Incremental builds must never differ from full builds: after each kind of
 * change (an edit, an added document, a deleted document, a changed
 * relation) the incremental output is compared file by file, byte for byte,
 * with a full build of the same content in another folder. A change of code
 * makes the build full. More cases in incremental-build-edges.test.ts.
 *
 * These run the real build (scripts/build.mjs) on the small fixture: slow,
 * about two minutes.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listAssets } from '../src/build/assets.ts'
import { codeHash } from '../src/build/code-hash.ts'
import { fullBecause, tree, useIncrementalSite } from './incremental-site.ts'

describe('incremental builds', { timeout: 300_000 }, () => {
  const built = useIncrementalSite()

  it('builds the first time in full, and then incrementally without rendering unchanged pages', async () => {
    const first = await built.buildBothWays()
    expect(first.incremental).toBeNull()
    // React's production build, though the build ran with NODE_ENV=development.
    const scripts = [...(await listAssets(join(built.dir, 'site')))].filter((file) => file.endsWith('.js'))
    const development: string[] = []
    for (const script of scripts) if ((await readFile(join(built.dir, 'site', script), 'utf8')).includes(REACT_DEVELOPMENT)) development.push(script)
    expect(scripts.length).toBeGreaterThan(0)
    expect(development).toEqual([])
    const again = await built.buildBothWays()
    expect(again.incremental, fullBecause(again)).toMatchObject({ changedDocuments: 0, removedDocuments: 0 })
    expect(again.incremental!.pagesRendered).toBeLessThan(again.pages / 2)
    // No indexed page changed: the live search index is kept (and is byte for byte the full build's).
    expect(again.indexKept).toBe(true)
  })

  it('after an edit: the same site as a full build, with the edit on the page, its production and the listing', async () => {
    const hoop = built.collections.fragments!.find((doc) => doc.slug === 'hoop')
    hoop.title = 'Hoop (bewerkt)'
    hoop.description = `${hoop.description} Een zin erbij.`
    const report = await built.buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(report.indexKept).toBe(false)
    const site = join(built.dir, 'site')
    expect(await readFile(join(site, 'filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop (bewerkt)')
    expect(await readFile(join(site, 'impactproducties/bij-nader-inzien/index.html'), 'utf8')).toContain('Hoop (bewerkt)')
    expect(await readFile(join(site, 'filmfragmenten/index.html'), 'utf8')).toContain('Hoop (bewerkt)')
  })

  it('after adding a document: the same site as a full build, with the new document’s pages', async () => {
    const activity = structuredClone(built.collections.activities![0])
    Object.assign(activity, { slug: 'nieuwe-werkvorm', title: 'Nieuwe werkvorm', relatedInterventions: ['wrap'] })
    built.collections.activities!.push(activity)
    const report = await built.buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(await readFile(join(built.dir, 'site', 'interventies/wrap/index.html'), 'utf8')).toContain('Nieuwe werkvorm')
  })

  it('after deleting a document: the same site as a full build, without the document’s files', async () => {
    built.collections.cases = built.collections.cases!.filter((doc) => doc.slug !== 'jenny')
    const report = await built.buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 0, removedDocuments: 1 })
    const files = Object.keys(await tree(join(built.dir, 'site')))
    expect(files.filter((path) => path.includes('jenny'))).toEqual([])
  })

  it('after a relation changes: the same site as a full build, on both ends of the relation', async () => {
    const wrap = built.collections.interventions!.find((doc) => doc.slug === 'wrap')
    wrap.relatedInterventions = ['comet']
    const report = await built.buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(await readFile(join(built.dir, 'site', 'interventies/comet/index.html'), 'utf8')).toContain('/interventies/wrap/')
  })
})

/** A string only React DOM's development build holds (a nesting warning). */
const REACT_DEVELOPMENT = 'cannot be a child of'

describe('the code fingerprint', () => {
  it('changes when a source file of the site changes', async () => {
    const site = await mkdtemp(join(tmpdir(), 'toolkit-code-'))
    try {
      await mkdir(join(site, 'site', 'src', 'pages'), { recursive: true })
      await writeFile(join(site, 'package-lock.json'), '{}')
      await writeFile(join(site, 'site', 'src', 'pages', 'index.astro'), '<h1>Een</h1>')
      const before = await codeHash({}, join(site, 'site'))
      expect(await codeHash({}, join(site, 'site'))).toBe(before)
      await writeFile(join(site, 'site', 'src', 'pages', 'index.astro'), '<h1>Twee</h1>')
      expect(await codeHash({}, join(site, 'site'))).not.toBe(before)
      expect(await codeHash({ SITE_BASE: '/toolkit/' }, join(site, 'site'))).not.toBe(before)
    } finally {
      await rm(site, { recursive: true, force: true })
    }
  })
})
