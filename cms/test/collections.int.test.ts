import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

let cms: TestCms
let ids: { theme: unknown; production: unknown }

beforeAll(async () => {
  cms = await startTestCms('collections')
  const fixtures = await makeFixtures(cms.payload)
  ids = { theme: fixtures.theme.id, production: fixtures.production.id }
})
afterAll(() => cms?.close())

describe.each(CONTENT_COLLECTIONS)('collection %s', (collection) => {
  const slug = `crud-${collection}`

  it('creates, reads and updates a published document', async () => {
    const { payload } = cms
    const created = await payload.create({
      collection,
      data: { ...validDocument(collection, slug, ids), _status: 'published' },
      overrideAccess: true,
    })
    const read = await payload.findByID({ collection, id: created.id, overrideAccess: true })
    expect(read.slug).toBe(slug)
    expect(read._status).toBe('published')

    const updated = await payload.update({ collection, id: created.id, data: { slug: `${slug}-2` }, overrideAccess: true })
    expect(updated.slug).toBe(`${slug}-2`)
    const versions = await payload.findVersions({ collection, where: { parent: { equals: created.id } }, overrideAccess: true })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('rejects a duplicate slug', async () => {
    const data = { ...validDocument(collection, `dup-${collection}`, ids), _status: 'published' as const }
    await cms.payload.create({ collection, data, overrideAccess: true })
    await expect(cms.payload.create({ collection, data, overrideAccess: true })).rejects.toThrow(/slug/i)
  })

  it('gives a new document without a slug one from its title, free in the collection', async () => {
    const titleField = String(cms.payload.collections[collection]?.config.admin.useAsTitle)
    const data = { ...validDocument(collection, 'wordt-vervangen', ids), _status: 'published' as const }
    delete (data as { slug?: string }).slug
    const title = `Één titel — ${collection} & meer`
    const first = await cms.payload.create({ collection, data: { ...data, [titleField]: title }, overrideAccess: true })
    expect(first.slug).toBe(`een-titel-${collection}-meer`)
    const second = await cms.payload.create({ collection, data: { ...data, [titleField]: title }, overrideAccess: true })
    expect(second.slug).toBe(`een-titel-${collection}-meer-2`)
    // A slug the editor typed stays; saving again keeps the document's own slug.
    const again = await cms.payload.update({ collection, id: first.id, data: { [titleField]: `${title} (bijgewerkt)` }, overrideAccess: true })
    expect(again.slug).toBe(first.slug)
    // Emptying a document's slug is refused, never replaced from the title: the address of a page stays.
    await expect(cms.payload.update({ collection, id: first.id, data: { slug: '' }, overrideAccess: true })).rejects.toThrow(/slug/i)
    expect((await cms.payload.findByID({ collection, id: first.id, overrideAccess: true })).slug).toBe(first.slug)
  })

  it('gives no new document the slug of a published one whose newer draft has another', async () => {
    const titleField = String(cms.payload.collections[collection]?.config.admin.useAsTitle)
    const data = { ...validDocument(collection, `concept-titel-${collection}`, ids), _status: 'published' as const }
    const published = await cms.payload.create({ collection, data, overrideAccess: true })
    // A newer draft renames it: its stored row (the unique index) keeps the old slug, the draft has the new one.
    await cms.payload.update({ collection, id: published.id, data: { slug: `hernoemd-${collection}` }, draft: true, overrideAccess: true })
    const withoutSlug: Record<string, unknown> = { ...data, [titleField]: `Concept titel ${collection}`, _status: 'draft' }
    delete withoutSlug.slug
    const fresh = await cms.payload.create({ collection, data: withoutSlug as never, draft: true, overrideAccess: true })
    expect(fresh.slug).toBe(`concept-titel-${collection}-2`)
  })

  it('rejects a slug that is not URL-safe', async () => {
    const data = { ...validDocument(collection, 'Geen Geldige Slug', ids), _status: 'published' as const }
    await expect(cms.payload.create({ collection, data, overrideAccess: true })).rejects.toThrow(/slug/i)
  })
})

describe('validation on publish', () => {
  it('refuses to publish a fragment with a negative duration, naming the field by its Dutch label', async () => {
    const data = { ...validDocument('fragments', 'negatief', ids), durationSeconds: -5, _status: 'published' as const }
    await expect(cms.payload.create({ collection: 'fragments', data, overrideAccess: true })).rejects.toThrow(/ongeldig: Duur \(seconden\)/)
  })

  it('refuses an unknown vocabulary value', async () => {
    const data = { ...validDocument('interventions', 'onbekende-vorm', ids), formats: ['dans'], _status: 'published' as const }
    await expect(cms.payload.create({ collection: 'interventions', data, overrideAccess: true })).rejects.toThrow(/ongeldig: Vorm/)
  })

  it('refuses an activity whose duration range runs backwards (schema rule)', async () => {
    const data = { ...validDocument('activities', 'achterstevoren', ids), durationMinutes: { min: 30, max: 10 }, _status: 'published' as const }
    await expect(cms.payload.create({ collection: 'activities', data, overrideAccess: true })).rejects.toThrow(/Duur.*minuten|Tijdsduur/i)
  })

  it('refuses a survey table without rows', async () => {
    const data = { ...validDocument('evidence', 'lege-tabel', ids), rows: [], _status: 'published' as const }
    await expect(cms.payload.create({ collection: 'evidence', data, overrideAccess: true })).rejects.toThrow(/Rijen/)
  })

  it('lets an editor save an incomplete draft', async () => {
    const draft = await cms.payload.create({
      collection: 'activities',
      data: { slug: 'half-af', title: 'Half af' },
      draft: true,
      overrideAccess: true,
    })
    expect(draft._status).toBe('draft')
  })
})
