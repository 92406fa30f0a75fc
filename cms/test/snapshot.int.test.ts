/**
 * The snapshot the site is built from, streamed (content/snapshot.ts): read
 * a page at a time and written as it comes, so the CMS's memory does not grow
 * with the content, yet the same snapshot as one read would give.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshotSchema } from '@toolkit/schemas'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { ContentChangedDuringSnapshot, publishedSnapshot } from '../src/content/snapshot.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

let cms: TestCms
/** Database reads of documents since the last reset. */
let reads = 0
const themeSlugs = ['t-01', 't-02', 't-03', 't-04', 't-05', 't-06', 't-07']

async function text(chunks: AsyncIterable<string>) {
  let all = ''
  for await (const chunk of chunks) all += chunk
  return all
}

const withoutStamp = (snapshot: string) => ({ ...JSON.parse(snapshot), generatedAt: undefined })

beforeAll(async () => {
  cms = await startTestCms('snapshot')
  const fixtures = await makeFixtures(cms.payload)
  const themes = []
  // Created out of slug order, so the snapshot's order is its own doing.
  for (const slug of [...themeSlugs].reverse()) themes.push(await fixtures.create('themes', { slug, name: `Thema ${slug}` }))
  const draftTheme = await fixtures.create('themes', { slug: 'concept-thema', name: 'Conceptthema' }, false)
  const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  for (const [i, theme] of themes.entries()) {
    await fixtures.create('fragments', { ...validDocument('fragments', `fragment-${i}`, ids), number: i + 1, themes: [theme.id, draftTheme.id] })
  }
  await fixtures.create('fragments', { ...validDocument('fragments', 'concept-fragment', ids), title: 'Conceptfragment' }, false)
  const db = cms.payload.db as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const find = db.find!.bind(db)
  db.find = (...args) => {
    reads += 1
    return find(...args)
  }
})
afterAll(() => cms?.close())

describe('the streamed snapshot', () => {
  it('read in small pages is the same snapshot as read in one, with the content version of wrapSnapshot', async () => {
    const paged = await text(publishedSnapshot(cms.payload, { pageSize: 2 }).chunks)
    const whole = await text(publishedSnapshot(cms.payload, { pageSize: 1000 }).chunks)
    expect(withoutStamp(paged)).toEqual(withoutStamp(whole))

    const snapshot = snapshotSchema.parse(JSON.parse(paged))
    expect(snapshot.collections.themes.map((theme) => theme.slug)).toEqual([...themeSlugs, 'testthema'])
    expect(snapshot.collections.fragments.map((fragment) => fragment.slug)).toEqual(['fragment-0', 'fragment-1', 'fragment-2', 'fragment-3', 'fragment-4', 'fragment-5', 'fragment-6'])
    // Drafts stay out, and so do relations to them.
    expect(paged).not.toContain('concept')
    expect(snapshot.collections.fragments[0]!.themes).toEqual(['t-07'])
    expect(snapshot.contentVersion).toBe(wrapSnapshot(JSON.parse(paged).collections).contentVersion)
  })

  it('is written as it is read: the first documents go out before the later pages are read', async () => {
    const { chunks } = publishedSnapshot(cms.payload, { pageSize: 2 })
    reads = 0
    let sent = ''
    for await (const chunk of chunks) {
      sent += chunk
      if (sent.includes('"t-01"')) break
    }
    // Ids and slugs of the 8 collections, the attachments published productions, fragments and werkvormen
    // link to (3; none here, so no read of the files themselves), then the first page of themes;
    // not the 4 pages of themes nor any fragment.
    expect(reads).toBe(8 + 3 + 1)
    expect(sent).not.toContain('"t-05"')
  })

  it('is what GET /api/snapshot sends, never stored by anyone', async () => {
    const response = await cms.rest('GET', '/snapshot')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const sent = await response.text()
    expect(withoutStamp(sent)).toEqual(withoutStamp(await text(publishedSnapshot(cms.payload).chunks)))
  })

  it('ends with an error, not a snapshot with a broken link, when a linked document is unpublished while it is written', async () => {
    const { chunks } = publishedSnapshot(cms.payload, { pageSize: 2 })
    const iterator = chunks[Symbol.asyncIterator]()
    let sent = ''
    while (!sent.includes('"t-01"')) sent += (await iterator.next()).value
    // Linked from fragment-0, and its own page is not read yet.
    const t07 = (await cms.payload.find({ collection: 'themes', where: { slug: { equals: 't-07' } }, overrideAccess: true })).docs[0]!
    await cms.payload.update({ collection: 'themes', id: t07.id, data: { _status: 'draft' }, overrideAccess: true })
    try {
      await expect(async () => {
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) sent += next.value
      }).rejects.toThrow(ContentChangedDuringSnapshot)
      expect(() => JSON.parse(sent)).toThrow()
    } finally {
      await cms.payload.update({ collection: 'themes', id: t07.id, data: { _status: 'published' }, overrideAccess: true })
    }
  })
})
