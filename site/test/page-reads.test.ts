/**
 * A page's inputs are what its render read (src/lib/content/reads.ts,
 * src/build/page-reads.ts): rendered inside Astro's own render scope, as
 * Astro's prerenderer renders a page, the reads come back as the page's
 * content entries, and the next build's content gives a page another
 * fingerprint exactly when something it read changed. Fast: the view
 * functions a detail page uses, without a build (the whole build is in
 * incremental-build-edges.test.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PathWithRoute } from 'astro'
import { collectPrerenderMetadata, installRenderScope } from 'astro/app'
import { beforeAll, describe, expect, it } from 'vitest'
import { pageFingerprints } from '../src/build/page-reads.ts'
import { makePlan } from '../src/build/plan.ts'
import { indexContent, type AnyDoc, type Content } from '../src/lib/content/index.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { compactReads, recordRead, remembered, trackContent, type Remembered } from '../src/lib/content/reads.ts'
import { toListItem } from '../src/lib/view/items.ts'
import { relatedItems } from '../src/lib/view/related.ts'
import { searchTermsFor } from '../src/lib/view/search-terms.ts'
import { rawFixture } from './helpers.ts'

const logger = { warn: () => undefined } as never

/** The content as a build loads it, after `change` to the raw snapshot. */
function content(change: (collections: Record<string, any[]>) => void = () => undefined): Content {
  const raw = rawFixture()
  change(raw.collections)
  return trackContent(indexContent(parseSnapshot(raw, 'fixture')))
}

/** Renders `page` as Astro's prerenderer renders a page with metadata, and returns what it read. */
async function render(page: () => unknown): Promise<string[]> {
  const { metadata } = await collectPrerenderMetadata(async () => page(), logger)
  return compactReads(metadata!.contentEntryKeys)
}

/** What the detail page of fragment `hoop` reads: its fields, its related list's titles, its search words. */
function hoopPage(site: Content): string[] {
  const doc = site.find('fragments', 'hoop')!
  const related = relatedItems(site, 'fragments', 'hoop')
  searchTermsFor(toListItem('fragments', doc, site), doc, site)
  return [doc.title, ...[...related.linked, ...related.similar].map((item) => item.title)]
}

const keyOf = (collection: string, slug: string) => `${collection}/${slug}`

describe('what a page read', () => {
  beforeAll(() => {
    installRenderScope(new AsyncLocalStorage())
  })

  it('records the fields of documents it read, and a related list as the one selection it is', async () => {
    const site = content()
    const reads = await render(() => hoopPage(site))
    expect(reads).toContain('doc fragments hoop title')
    expect(reads).toContain('select lib/view/related.ts#relatedItems ["fragments","hoop"]')
    // The items scanned for shared themes are not the page's reads: only what the selection chose is.
    const related = relatedItems(site, 'fragments', 'hoop')
    const shown = new Set([...related.linked, ...related.similar].map((item) => keyOf(item.collection, item.slug)))
    const documentOf = (read: string) => read.split(' ').slice(1, 3).join('/')
    const scanned = reads.filter((read) => read.startsWith('doc ') && !read.startsWith('doc themes ') && documentOf(read) !== 'fragments/hoop')
    expect(scanned.filter((read) => !shown.has(documentOf(read)))).toEqual([])
    // Nothing outside a render is recorded.
    expect(await render(() => undefined)).toEqual([])
  })

  it('gives the page another fingerprint when a related item’s title changes, and the same when an item it does not show changes', async () => {
    const before = content()
    const reads = await render(() => hoopPage(before))
    const fingerprintIn = (site: Content) => pageFingerprints(site, {})(reads, undefined)
    const related = relatedItems(before, 'fragments', 'hoop')
    const listed = related.similar[0] ?? related.linked[0]!
    const notShown = new Set(['fragments/hoop', ...[...related.linked, ...related.similar].map((item) => keyOf(item.collection, item.slug))])
    const unrelated = (['interventions', 'activities', 'cases'] as const)
      .flatMap((collection) => (before.collections[collection] as AnyDoc[]).map((doc) => ({ collection, slug: doc.slug })))
      .find(({ collection, slug }) => !notShown.has(keyOf(collection, slug)))!
    expect(unrelated).toBeDefined()

    expect(fingerprintIn(content())).toBe(fingerprintIn(before))
    const retitled = content((collections) => {
      const doc = collections[listed.collection]!.find((candidate) => candidate.slug === listed.slug)
      if (listed.collection === 'interventions') doc.name = `${doc.name} (nieuw)`
      else doc.title = `${doc.title} (nieuw)`
    })
    expect(fingerprintIn(retitled)).not.toBe(fingerprintIn(before))
    const elsewhere = content((collections) => {
      const doc = collections[unrelated.collection]!.find((candidate) => candidate.slug === unrelated.slug)
      doc.updatedAt = '2030-01-01T00:00:00.000Z'
      doc.source = { ...doc.source, page: 'p. 99' }
    })
    expect(fingerprintIn(elsewhere)).toBe(fingerprintIn(before))
    // A field of the page's own document that it shows.
    const edited = content((collections) => {
      collections.fragments!.find((doc) => doc.slug === 'hoop').title = 'Hoop (bewerkt)'
    })
    expect(fingerprintIn(edited)).not.toBe(fingerprintIn(before))
  })

  it('replays what a remembered result was made from to every page that gets it', async () => {
    const site = content()
    const doc = site.find('fragments', 'hoop')!
    const item = toListItem('fragments', doc, site)
    const first = await render(() => searchTermsFor(item, doc, site))
    const second = await render(() => searchTermsFor(item, doc, site))
    expect(first.length).toBeGreaterThan(0)
    expect(second).toEqual(first)
  })

  it('counts one field of many documents as that field of the whole collection', () => {
    const many = Array.from({ length: 20 }, (_, index) => `doc fragments f${index} title`)
    expect(compactReads([...many, 'doc fragments f1 description', 'list fragments'])).toEqual([
      'column fragments title',
      'doc fragments f1 description',
      'list fragments',
    ])
    // A whole document read (its keys listed) is the column "*"; a few reads of a field stay as they are.
    const whole = Array.from({ length: 20 }, (_, index) => `doc activities a${index}`)
    expect(compactReads([...whole, 'doc activities a1 steps', 'doc activities a2 steps'])).toEqual([
      'column activities *',
      'doc activities a1 steps',
      'doc activities a2 steps',
    ])
    const reads = compactReads(['doc fragments hoop title', 'doc fragments testfragment-synthetisch title', 'list fragments'])
    const column = ['column fragments title']
    const retitled = content((collections) => {
      collections.fragments![1].title = 'Ander fragment'
    })
    expect(pageFingerprints(retitled, {})(column, undefined)).not.toBe(pageFingerprints(content(), {})(column, undefined))
    expect(pageFingerprints(retitled, {})(reads, undefined)).not.toBe(pageFingerprints(content(), {})(reads, undefined))
  })

  it('keeps the previous hash of a read of an unchanged document, and hashes the reads of a changed one again', () => {
    const reads = ['doc fragments hoop title', 'doc fragments testfragment-synthetisch title']
    const fresh = pageFingerprints(content(), {})
    const hashes = reads.map((key) => fresh.hashOfRead(key)!)
    // A stale hash stands in for the previous build's: where it is used, the fingerprint is not the fresh one.
    const stale = ['oud-hash-van-hoop', 'oud-hash-van-het-andere']
    const carried = (unchanged: (document: string) => boolean) => pageFingerprints(content(), {}, { reads, hashes: stale, unchanged })
    expect(carried(() => false)(reads, undefined)).toBe(fresh(reads, undefined))
    const hoopUnchanged = carried((document) => document === 'fragments/hoop')
    expect(hoopUnchanged.hashOfRead('doc fragments hoop title')).toBe('oud-hash-van-hoop')
    expect(hoopUnchanged.hashOfRead('doc fragments testfragment-synthetisch title')).toBe(hashes[1])
    // Only reads of documents carry over: a selection is computed again.
    const select = 'select lib/view/related.ts#relatedItems ["fragments","hoop"]'
    const withSelect = pageFingerprints(content(), {}, { reads: [select], hashes: ['oud'], unchanged: () => true })
    expect(withSelect.hashOfRead(select)).toBe(fresh.hashOfRead(select))
  })

  it('gives the next build the hash of every read, and a build on the same code uses those of unchanged documents', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toolkit-read-hashes-'))
    try {
      const site = content()
      const pages = [{ pathname: '/filmfragmenten/hoop/', route: { type: 'page' } } as unknown as PathWithRoute]
      const first = makePlan({ content: site, pdfLinks: {}, code: 'code' })
      first.choose(pages, new Set())
      first.read('/filmfragmenten/hoop/', ['doc fragments hoop title'])
      await mkdir(join(dir, 'filmfragmenten/hoop'), { recursive: true })
      await writeFile(join(dir, 'filmfragmenten/hoop/index.html'), 'html')
      first.linked('filmfragmenten/hoop/index.html', [], null, [])
      const state = { version: 6 as const, ...first.nextState({}) }
      expect(state.readHashes).toEqual([pageFingerprints(site, {}).hashOfRead('doc fragments hoop title')])
      const choose = (previous: typeof state) =>
        makePlan({ content: site, pdfLinks: {}, code: 'code', previous: { state: previous, output: dir } })
          .choose(pages, new Set())
          .map((path) => path.pathname)
      expect(choose(state)).toEqual([])
      // A kept hash that no longer matches the value is used as it is (hoop did not change), so the page is rendered.
      expect(choose({ ...state, readHashes: ['een-ander-hash'] })).toEqual(['/filmfragmenten/hoop/'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('keeps a remembered result’s reads compacted, so each page that gets it replays one read per field of a collection', async () => {
    const cache = new WeakMap<object, Remembered<number>>()
    const key = {}
    const readTwenty = () => remembered(cache, key, () => Array.from({ length: 20 }, (_, index) => recordRead(`doc fragments f${index} title`)).length)
    const replayed = async () => {
      const { metadata } = await collectPrerenderMetadata(async () => readTwenty(), logger)
      return [...metadata!.contentEntryKeys]
    }
    expect(await replayed()).toEqual(['column fragments title'])
    expect(await replayed()).toEqual(['column fragments title'])
  })

  it('knows a page that read something it cannot look up as changed', () => {
    expect(pageFingerprints(content(), {})(['select lib/view/gone.ts#nothing []'], undefined)).toBeUndefined()
  })
})
