/**
 * Incremental builds must never differ from full builds: after each kind of
 * change (an edit, an added document, a deleted document, a changed
 * relation) the incremental output is compared file by file, byte for byte,
 * with a full build of the same content in another folder. A change of code
 * or settings makes the build full.
 *
 * These run the real build (scripts/build.mjs) on the small fixture: slow,
 * about a minute in all.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ASSETS_DIR, assetReferences, listAssets } from '../src/build/assets.ts'
// @ts-expect-error plain ESM script without types
import { inlineScriptHashes } from '../src/http/content-security-policy.mjs'
import { codeHash } from '../src/build/code-hash.ts'
import { indexContent } from '../src/lib/content/index.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { trackContent } from '../src/lib/content/reads.ts'
import { SECTIONS } from '../src/lib/routes.ts'
import { ITEM_COLLECTIONS, type ItemCollection } from '../src/lib/view/items.ts'
import { relatedItems } from '../src/lib/view/related.ts'
import { buildSite, runBuild, type BuildReport } from './build-helpers.ts'
import { rawFixture } from './helpers.ts'

/** Every file of a folder with the hash of its bytes. */
async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(dir.length + 1)] = createHash('sha256').update(await readFile(path)).digest('hex')
  }
  return files
}

type Collections = Record<string, any[]>
/** Why a build was full (its log line), for the message when it should not have been: e.g. code edited during the test. */
const fullBecause = (report: { log: string }) => report.log.match(/volledige bouw: .*/)?.[0] ?? 'incrementeel'
const snapshotOf = (collections: Collections) => wrapSnapshot(collections, '2025-01-15T10:00:00.000Z')

describe('incremental builds', { timeout: 300_000 }, () => {
  let dir: string
  let collections: Collections
  let step = 0

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolkit-incremental-'))
    collections = structuredClone(rawFixture().collections)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  /**
   * Builds the current content incrementally (on the previous output) and fully (from nothing), and compares. The
   * incremental build runs as the development CMS's site update does (NODE_ENV=development, `npm start`), the full one
   * as a production build: the published site is the same whoever starts the build.
   */
  async function buildBothWays(env: Record<string, string> = {}): Promise<BuildReport & { log: string }> {
    step += 1
    const file = join(dir, `snapshot-${step}.json`)
    await writeFile(file, JSON.stringify(snapshotOf(collections)))
    const options = { snapshot: file, pdfCache: join(dir, 'pdf-cache') }
    const incremental = await buildSite({ ...options, out: join(dir, 'site'), env: { ...env, NODE_ENV: 'development' } })
    const full = await buildSite({ ...options, out: join(dir, `full-${step}`), env: { ...env, NODE_ENV: 'production' } })
    expect(full.incremental).toBeNull()
    const [got, want] = await Promise.all([tree(join(dir, 'site')), tree(join(dir, `full-${step}`))])
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort())
    const differing = Object.keys(want).filter((path) => got[path] !== want[path])
    expect(differing).toEqual([])
    // The CSP header allows every inline script of every page: the hashes come from each render and, for pages taken
    // over, from the state, so a page whose record lost its hash would have its script blocked.
    const allowed = new Set((await readFile(join(dir, 'site', '_headers'), 'utf8')).match(/'sha256-[^']+'/g) ?? [])
    let inlineScripts = 0
    for (const file of Object.keys(got).filter((path) => path.endsWith('.html'))) {
      for (const hash of inlineScriptHashes(await readFile(join(dir, 'site', file), 'utf8'))) {
        inlineScripts += 1
        expect(allowed.has(hash), `${file}: ${hash} staat niet in _headers`).toBe(true)
      }
    }
    expect(inlineScripts).toBeGreaterThan(0)
    await rm(join(dir, `full-${step}`), { recursive: true, force: true })
    return incremental
  }

  it('builds the first time in full, and then incrementally without rendering unchanged pages', async () => {
    const first = await buildBothWays()
    expect(first.incremental).toBeNull()
    // React's production build, though the build ran with NODE_ENV=development.
    const scripts = [...(await listAssets(join(dir, 'site')))].filter((file) => file.endsWith('.js'))
    const development: string[] = []
    for (const script of scripts) if ((await readFile(join(dir, 'site', script), 'utf8')).includes(REACT_DEVELOPMENT)) development.push(script)
    expect(scripts.length).toBeGreaterThan(0)
    expect(development).toEqual([])
    const again = await buildBothWays()
    expect(again.incremental, fullBecause(again)).toMatchObject({ changedDocuments: 0, removedDocuments: 0 })
    expect(again.incremental!.pagesRendered).toBeLessThan(again.pages / 2)
    // No indexed page changed: the live search index is kept (and is byte for byte the full build's).
    expect(again.indexKept).toBe(true)
  })

  it('after an edit: the same site as a full build, with the edit on the page, its production and the listing', async () => {
    const hoop = collections.fragments!.find((doc) => doc.slug === 'hoop')
    hoop.title = 'Hoop (bewerkt)'
    hoop.description = `${hoop.description} Een zin erbij.`
    const report = await buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(report.indexKept).toBe(false)
    const site = join(dir, 'site')
    expect(await readFile(join(site, 'filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop (bewerkt)')
    expect(await readFile(join(site, 'impactproducties/bij-nader-inzien/index.html'), 'utf8')).toContain('Hoop (bewerkt)')
    expect(await readFile(join(site, 'filmfragmenten/index.html'), 'utf8')).toContain('Hoop (bewerkt)')
  })

  it('after adding a document: the same site as a full build, with the new document’s pages', async () => {
    const activity = structuredClone(collections.activities![0])
    Object.assign(activity, { slug: 'nieuwe-werkvorm', title: 'Nieuwe werkvorm', relatedInterventions: ['wrap'] })
    collections.activities!.push(activity)
    const report = await buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(await readFile(join(dir, 'site', 'interventies/wrap/index.html'), 'utf8')).toContain('Nieuwe werkvorm')
  })

  it('after deleting a document: the same site as a full build, without the document’s files', async () => {
    collections.cases = collections.cases!.filter((doc) => doc.slug !== 'jenny')
    const report = await buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 0, removedDocuments: 1 })
    const files = Object.keys(await tree(join(dir, 'site')))
    expect(files.filter((path) => path.includes('jenny'))).toEqual([])
  })

  it('after a relation changes: the same site as a full build, on both ends of the relation', async () => {
    const wrap = collections.interventions!.find((doc) => doc.slug === 'wrap')
    wrap.relatedInterventions = ['comet']
    const report = await buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(await readFile(join(dir, 'site', 'interventies/comet/index.html'), 'utf8')).toContain('/interventies/wrap/')
  })

  it('renders a page again when an item in its related list is retitled, and takes over pages that do not show it', async () => {
    // From what the renders read (src/lib/content/reads.ts): the page that lists the item and the pages that show it,
    // nothing else. Chosen from the content: a page with an item in its "Over hetzelfde thema" list, and a page without it.
    const site = trackContent(indexContent(parseSnapshot(snapshotOf(collections), 'test')))
    const pages = ITEM_COLLECTIONS.flatMap((collection) => (collections[collection] ?? []).map((doc) => ({ collection, slug: doc.slug as string })))
    const shown = (page: { collection: ItemCollection; slug: string }) => {
      const related = relatedItems(site, page.collection, page.slug)
      return new Set([...related.linked, ...related.similar].map((item) => `${item.collection}/${item.slug}`))
    }
    // Not an intervention: its name is also a search word of every page that mentions it.
    const lister = pages.find((page) => relatedItems(site, page.collection, page.slug).similar.some((item) => item.collection !== 'interventions'))!
    const listed = relatedItems(site, lister.collection, lister.slug).similar.find((item) => item.collection !== 'interventions')!
    const key = `${listed.collection}/${listed.slug}`
    const other = pages.find((page) => `${page.collection}/${page.slug}` !== key && page !== lister && !shown(page).has(key))!
    const fileOf = (page: { collection: ItemCollection; slug: string }) => join(dir, 'site', SECTIONS[page.collection].path, page.slug, 'index.html')
    const before = { lister: (await stat(fileOf(lister))).ino, other: (await stat(fileOf(other))).ino }

    const doc = collections[listed.collection]!.find((candidate) => candidate.slug === listed.slug)
    doc.title = `${doc.title} (nieuwe titel)`
    const report = await buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(await readFile(fileOf(lister), 'utf8')).toContain(doc.title)
    expect((await stat(fileOf(lister))).ino).not.toBe(before.lister)
    expect((await stat(fileOf(other))).ino, `${other.collection}/${other.slug} toont ${key} niet`).toBe(before.other)

    // A document the page does not show changes: the page is taken over.
    const unrelated = pages.find((page) => `${page.collection}/${page.slug}` !== `${lister.collection}/${lister.slug}` && page.collection !== 'interventions' && !shown(lister).has(`${page.collection}/${page.slug}`))!
    const kept = (await stat(fileOf(lister))).ino
    collections[unrelated.collection]!.find((candidate) => candidate.slug === unrelated.slug).updatedAt = '2030-01-01T00:00:00.000Z'
    const again = await buildBothWays()
    expect(again.incremental, fullBecause(again)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect((await stat(fileOf(lister))).ino, `${unrelated.collection}/${unrelated.slug} staat niet op de pagina`).toBe(kept)
  })

  it('puts the pages live before the search index: an index that fails leaves the edit live with the previous index, and the next build is whole again', async () => {
    const site = join(dir, 'site')
    const indexBefore = await tree(join(site, 'pagefind'))
    expect(Object.keys(indexBefore)).toContain('pagefind-entry.json')
    collections.fragments!.find((doc) => doc.slug === 'hoop').title = 'Hoop (live voor de zoekindex)'
    step += 1
    const file = join(dir, `snapshot-${step}.json`)
    await writeFile(file, JSON.stringify(snapshotOf(collections)))
    // Pagefind's own setting for its binary: one that does not exist makes the index phase, and only it, fail.
    const failed = await runBuild({ snapshot: file, out: site, pdfCache: join(dir, 'pdf-cache'), env: { PAGEFIND_EXTENDED_BINARY_PATH: join(dir, 'geen-pagefind') } })
    expect(failed.code, failed.log).not.toBe(0)
    expect(failed.log).toContain('Zoekindex niet bijgewerkt')
    expect(failed.report?.phases.pagesLiveMs).toBeGreaterThan(0)
    expect(failed.report?.phases.indexLiveMs).toBeNull()
    expect(await readFile(join(site, 'filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop (live voor de zoekindex)')
    expect(await tree(join(site, 'pagefind'))).toEqual(indexBefore)
    expect((await readdir(dir)).filter((name) => name.startsWith('site.') && !name.endsWith('.json') && name !== 'site.state')).toEqual([])

    // The state describes the live pages: nothing to render again, and the index is right again.
    const next = await buildBothWays()
    expect(next.incremental, fullBecause(next)).toMatchObject({ changedDocuments: 0, removedDocuments: 0 })
    expect(next.phases.indexLiveMs).toBeGreaterThanOrEqual(next.phases.pagesLiveMs)
    expect(await tree(join(site, 'pagefind'))).not.toEqual(indexBefore)
  })

  it('runs one build of a folder at a time: one started meanwhile (npm start and a site update) waits, then builds on the first', async () => {
    collections.fragments!.find((doc) => doc.slug === 'hoop').title = 'Hoop (twee bouwen tegelijk)'
    step += 1
    const file = join(dir, `snapshot-${step}.json`)
    await writeFile(file, JSON.stringify(snapshotOf(collections)))
    const options = { snapshot: file, out: join(dir, 'site'), pdfCache: join(dir, 'pdf-cache') }
    const [first, second] = await Promise.all([runBuild(options), runBuild(options)])
    expect(first.code, first.log).toBe(0)
    expect(second.code, second.log).toBe(0)
    expect(`${first.log}${second.log}`).toContain('deze bouw wacht tot die klaar is')
    // The later one found the earlier one's result: nothing left to render.
    expect([first.report?.incremental?.changedDocuments, second.report?.incremental?.changedDocuments].sort()).toEqual([0, 1])
    expect(await readFile(join(dir, 'site/filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop (twee bouwen tegelijk)')
  })

  it('removes the site a build replaced once the build is done, without keeping the build waiting for it', async () => {
    // Both builds of the test before replaced a site; each is removed by a process of its own after its build exits.
    const replaced = async () => (await readdir(dir)).filter((name) => name.startsWith('site.old'))
    const until = Date.now() + 60_000
    while ((await replaced()).length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250))
    expect(await replaced()).toEqual([])
  })

  it('builds in full when the settings change, and the result matches a full build', async () => {
    const report = await buildBothWays({ SITE_URL: 'https://toolkit.example' })
    expect(report.incremental).toBeNull()
  })

  it('after a build with other scripts: no page links a missing file, and the previous build’s scripts stay', async () => {
    // The issue: a build that made other hashed scripts (then: React's development build from the development CMS)
    // took pages over that still loaded the previous build's scripts, which were gone. Every build makes the same
    // scripts now, so the live site is turned into one whose build wrote other names: every `_astro/` file renamed,
    // in the files, the pages, the manifest and the build state alike.
    const site = join(dir, 'site')
    await renameAssets(site, join(dir, 'site.state'))
    const before = JSON.parse(await readFile(join(site, 'asset-manifest.json'), 'utf8')) as { current: string[] }
    step += 1
    const file = join(dir, `snapshot-${step}.json`)
    await writeFile(file, JSON.stringify(snapshotOf(collections)))
    // The same settings as the build before (the previous test's), so only the scripts differ.
    const report = await buildSite({ snapshot: file, out: site, pdfCache: join(dir, 'pdf-cache'), env: { SITE_URL: 'https://toolkit.example' } })
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 0, removedDocuments: 0 })
    const manifest = JSON.parse(await readFile(join(site, 'asset-manifest.json'), 'utf8')) as { current: string[]; retained: string[] }
    const gone = before.current.filter((asset) => !manifest.current.includes(asset))
    expect(gone.length, 'de bouw maakte dezelfde scripts; de test test dan niets').toBeGreaterThan(0)
    expect(manifest.retained).toEqual(expect.arrayContaining(gone))
    const files = new Set(Object.keys(await tree(site)))
    for (const asset of gone) expect(files.has(asset), asset).toBe(true)
    // Every page links only files this build wrote (not merely kept ones): a page taken over was rendered again.
    const current = new Set(manifest.current)
    const stale: string[] = []
    for (const page of [...files].filter((path) => path.endsWith('.html'))) {
      for (const asset of assetReferences(await readFile(join(site, page), 'utf8'))) if (!current.has(asset)) stale.push(`${page} → ${asset}`)
    }
    expect(stale).toEqual([])
    expect(report.incremental!.pagesRendered).toBeGreaterThan(0)
  })
})

/** A string only React DOM's development build holds (a nesting warning). */
const REACT_DEVELOPMENT = 'cannot be a child of'

/** Gives every `_astro/` file of a built site another hashed name, everywhere the site and its state name it. */
async function renameAssets(site: string, stateDir: string): Promise<void> {
  const renamed = [...(await listAssets(site))].map((file) => [file, file.replace(/\.([\w-]+)\.(\w+)$/, '.vorige$1.$2')] as const)
  const rewrite = (text: string) => renamed.reduce((out, [from, to]) => out.replaceAll(from.slice(ASSETS_DIR.length + 1), to.slice(ASSETS_DIR.length + 1)), text)
  for (const [from, to] of renamed) await rename(join(site, from), join(site, to))
  const texts = Object.keys(await tree(site)).filter((file) => /\.(html|js|css|json)$/.test(file) && !file.startsWith('pagefind/'))
  for (const file of texts) await writeFile(join(site, file), rewrite(await readFile(join(site, file), 'utf8')))
  for (const file of await readdir(stateDir)) await writeFile(join(stateDir, file), rewrite(await readFile(join(stateDir, file), 'utf8')))
}

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
