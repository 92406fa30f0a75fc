/**
 * Incremental builds, continued (incremental-build.test.ts has the kinds of
 * change): a page rendered again from what its render read, pages live
 * before the search index, one build of a folder at a time, settings that
 * make a build full, and a build whose scripts differ from the previous
 * one's. Each result is compared byte for byte with a full build.
 */
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ASSETS_DIR, assetReferences, listAssets } from '../src/build/assets.ts'
import { indexContent } from '../src/lib/content/index.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { trackContent } from '../src/lib/content/reads.ts'
import { SECTIONS } from '../src/lib/routes.ts'
import { ITEM_COLLECTIONS, type ItemCollection } from '../src/lib/view/items.ts'
import { relatedItems } from '../src/lib/view/related.ts'
import { buildSite, runBuild } from './build-helpers.ts'
import { fullBecause, snapshotOf, tree, useIncrementalSite } from './incremental-site.ts'

describe('incremental builds, continued', { timeout: 300_000 }, () => {
  const built = useIncrementalSite()
  // The live site these tests build on: the fixture, built once as the development CMS's site update does.
  beforeAll(async () => {
    const snapshot = await built.writeSnapshot()
    await buildSite({ snapshot, out: join(built.dir, 'site'), pdfCache: join(built.dir, 'pdf-cache'), env: { NODE_ENV: 'development' } })
  }, 300_000)

  it('renders a page again when an item in its related list is retitled, and takes over pages that do not show it', async () => {
    // From what the renders read (src/lib/content/reads.ts): the page that lists the item and the pages that show it,
    // nothing else. Chosen from the content: a page with an item in its "Over hetzelfde thema" list, and a page without it.
    const site = trackContent(indexContent(parseSnapshot(snapshotOf(built.collections), 'test')))
    const pages = ITEM_COLLECTIONS.flatMap((collection) => (built.collections[collection] ?? []).map((doc) => ({ collection, slug: doc.slug as string })))
    const shown = (page: { collection: ItemCollection; slug: string }) => {
      const related = relatedItems(site, page.collection, page.slug)
      return new Set([...related.linked, ...related.similar].map((item) => `${item.collection}/${item.slug}`))
    }
    // Not an intervention: its name is also a search word of every page that mentions it.
    const lister = pages.find((page) => relatedItems(site, page.collection, page.slug).similar.some((item) => item.collection !== 'interventions'))!
    const listed = relatedItems(site, lister.collection, lister.slug).similar.find((item) => item.collection !== 'interventions')!
    const key = `${listed.collection}/${listed.slug}`
    const other = pages.find((page) => `${page.collection}/${page.slug}` !== key && page !== lister && !shown(page).has(key))!
    const fileOf = (page: { collection: ItemCollection; slug: string }) => join(built.dir, 'site', SECTIONS[page.collection].path, page.slug, 'index.html')
    const before = { lister: (await stat(fileOf(lister))).ino, other: (await stat(fileOf(other))).ino }

    const doc = built.collections[listed.collection]!.find((candidate) => candidate.slug === listed.slug)
    doc.title = `${doc.title} (nieuwe titel)`
    const report = await built.buildBothWays()
    expect(report.incremental, fullBecause(report)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect(await readFile(fileOf(lister), 'utf8')).toContain(doc.title)
    expect((await stat(fileOf(lister))).ino).not.toBe(before.lister)
    expect((await stat(fileOf(other))).ino, `${other.collection}/${other.slug} toont ${key} niet`).toBe(before.other)

    // A document the page does not show changes: the page is taken over.
    const unrelated = pages.find((page) => `${page.collection}/${page.slug}` !== `${lister.collection}/${lister.slug}` && page.collection !== 'interventions' && !shown(lister).has(`${page.collection}/${page.slug}`))!
    const kept = (await stat(fileOf(lister))).ino
    built.collections[unrelated.collection]!.find((candidate) => candidate.slug === unrelated.slug).updatedAt = '2030-01-01T00:00:00.000Z'
    const again = await built.buildBothWays()
    expect(again.incremental, fullBecause(again)).toMatchObject({ changedDocuments: 1, removedDocuments: 0 })
    expect((await stat(fileOf(lister))).ino, `${unrelated.collection}/${unrelated.slug} staat niet op de pagina`).toBe(kept)
  })

  it('puts the pages live before the search index: an index that fails leaves the edit live with the previous index, and the next build is whole again', async () => {
    const site = join(built.dir, 'site')
    const indexBefore = await tree(join(site, 'pagefind'))
    expect(Object.keys(indexBefore)).toContain('pagefind-entry.json')
    built.collections.fragments!.find((doc) => doc.slug === 'hoop').title = 'Hoop (live voor de zoekindex)'
    const file = await built.writeSnapshot()
    // Pagefind's own setting for its binary: one that does not exist makes the index phase, and only it, fail.
    const failed = await runBuild({ snapshot: file, out: site, pdfCache: join(built.dir, 'pdf-cache'), env: { PAGEFIND_EXTENDED_BINARY_PATH: join(built.dir, 'geen-pagefind') } })
    expect(failed.code, failed.log).not.toBe(0)
    expect(failed.log).toContain('Zoekindex niet bijgewerkt')
    expect(failed.report?.phases.pagesLiveMs).toBeGreaterThan(0)
    expect(failed.report?.phases.indexLiveMs).toBeNull()
    expect(await readFile(join(site, 'filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop (live voor de zoekindex)')
    expect(await tree(join(site, 'pagefind'))).toEqual(indexBefore)
    expect((await readdir(built.dir)).filter((name) => name.startsWith('site.') && !name.endsWith('.json') && name !== 'site.state')).toEqual([])

    // The state describes the live pages: nothing to render again, and the index is right again.
    const next = await built.buildBothWays()
    expect(next.incremental, fullBecause(next)).toMatchObject({ changedDocuments: 0, removedDocuments: 0 })
    expect(next.phases.indexLiveMs).toBeGreaterThanOrEqual(next.phases.pagesLiveMs)
    expect(await tree(join(site, 'pagefind'))).not.toEqual(indexBefore)
  })

  it('runs one build of a folder at a time: one started meanwhile (npm start and a site update) waits, then builds on the first', async () => {
    built.collections.fragments!.find((doc) => doc.slug === 'hoop').title = 'Hoop (twee bouwen tegelijk)'
    const file = await built.writeSnapshot()
    const options = { snapshot: file, out: join(built.dir, 'site'), pdfCache: join(built.dir, 'pdf-cache') }
    const [first, second] = await Promise.all([runBuild(options), runBuild(options)])
    expect(first.code, first.log).toBe(0)
    expect(second.code, second.log).toBe(0)
    expect(`${first.log}${second.log}`).toContain('deze bouw wacht tot die klaar is')
    // The later one found the earlier one's result: nothing left to render.
    expect([first.report?.incremental?.changedDocuments, second.report?.incremental?.changedDocuments].sort()).toEqual([0, 1])
    expect(await readFile(join(built.dir, 'site/filmfragmenten/hoop/index.html'), 'utf8')).toContain('Hoop (twee bouwen tegelijk)')
  })

  it('removes the site a build replaced once the build is done, without keeping the build waiting for it', async () => {
    // Both builds of the test before replaced a site; each is removed by a process of its own after its build exits.
    const replaced = async () => (await readdir(built.dir)).filter((name) => name.startsWith('site.old'))
    const until = Date.now() + 60_000
    while ((await replaced()).length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250))
    expect(await replaced()).toEqual([])
  })

  it('sets aside what a stopped build left beside the site: none of it is published, and all of it is removed', async () => {
    // A stopped build's half-written site and state, a site a build replaced, and one already set aside (its remover gone).
    const leftovers = { 'site.next': 'half.html', 'site.state.next': 'pages.json', 'site.old.4242-pagina': 'oud.html', 'site.old.weg-gestopt': 'weg.html' }
    for (const [folder, file] of Object.entries(leftovers)) {
      await mkdir(join(built.dir, folder), { recursive: true })
      await writeFile(join(built.dir, folder, file), 'achtergebleven')
    }
    const file = await built.writeSnapshot()
    const report = await buildSite({ snapshot: file, out: join(built.dir, 'site'), pdfCache: join(built.dir, 'pdf-cache') })
    expect(report.incremental, fullBecause(report)).not.toBeNull()
    expect(Object.keys(await tree(join(built.dir, 'site'))).filter((path) => path.endsWith('half.html'))).toEqual([])
    const left = async () => (await readdir(built.dir)).filter((name) => name.startsWith('site.old') || name.endsWith('.next'))
    const until = Date.now() + 60_000
    while ((await left()).length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250))
    expect(await left()).toEqual([])
  })

  it('builds in full when the settings change, and the result matches a full build', async () => {
    const report = await built.buildBothWays({ SITE_URL: 'https://toolkit.example' })
    expect(report.incremental).toBeNull()
  })

  it('after a build with other scripts: no page links a missing file, and the previous build’s scripts stay', async () => {
    // The issue: a build that made other hashed scripts (then: React's development build from the development CMS)
    // took pages over that still loaded the previous build's scripts, which were gone. Every build makes the same
    // scripts now, so the live site is turned into one whose build wrote other names: every `_astro/` file renamed,
    // in the files, the pages, the manifest and the build state alike.
    const site = join(built.dir, 'site')
    await renameAssets(site, join(built.dir, 'site.state'))
    const before = JSON.parse(await readFile(join(site, 'asset-manifest.json'), 'utf8')) as { current: string[] }
    const file = await built.writeSnapshot()
    // The same settings as the build before (the previous test's), so only the scripts differ.
    const report = await buildSite({ snapshot: file, out: site, pdfCache: join(built.dir, 'pdf-cache'), env: { SITE_URL: 'https://toolkit.example' } })
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

/** Gives every `_astro/` file of a built site another hashed name, everywhere the site and its state name it. */
async function renameAssets(site: string, stateDir: string): Promise<void> {
  const renamed = [...(await listAssets(site))].map((file) => [file, file.replace(/\.([\w-]+)\.(\w+)$/, '.vorige$1.$2')] as const)
  const rewrite = (text: string) => renamed.reduce((out, [from, to]) => out.replaceAll(from.slice(ASSETS_DIR.length + 1), to.slice(ASSETS_DIR.length + 1)), text)
  for (const [from, to] of renamed) await rename(join(site, from), join(site, to))
  const texts = Object.keys(await tree(site)).filter((file) => /\.(html|js|css|json)$/.test(file) && !file.startsWith('pagefind/'))
  for (const file of texts) await writeFile(join(site, file), rewrite(await readFile(join(site, file), 'utf8')))
  for (const file of await readdir(stateDir)) await writeFile(join(stateDir, file), rewrite(await readFile(join(stateDir, file), 'utf8')))
}

