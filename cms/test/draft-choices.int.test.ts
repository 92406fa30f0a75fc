/**
 * A draft may leave a choice empty. An editor typed "§3.3" in "Plaats in de
 * bron" with no "Brondocument" chosen and clicked "Bewaar concept": the save
 * was refused (400, "Kies een van de toegestane waarden: monitor-2019, …"),
 * because the schema's check of the empty select was taken for a wrong
 * value. An empty choice is a part left out: a draft saves without it, and
 * publishing names it with the field's own "missing" message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, missingMessage, type ContentCollectionSlug } from '@toolkit/schemas'
import { addEditor, startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

let cms: TestCms
let token: string
let ids: { theme: unknown; production: unknown }

beforeAll(async () => {
  cms = await startTestCms('draft-choices')
  const fixtures = await makeFixtures(cms.payload)
  ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  token = await addEditor(cms)
})
afterAll(() => cms?.close())

/** The collections whose documents cite a source (a "Bron" group with the "Brondocument" choice). */
const WITH_SOURCE = CONTENT_COLLECTIONS.filter((collection) => 'source' in validDocument(collection, 'x', { theme: 1, production: 1 }))

/** A document of `collection` whose source names a place but no document: the admin's form sends the empty select as null. */
const withoutDocument = (collection: ContentCollectionSlug, slug: string) => ({
  ...validDocument(collection, slug, ids),
  source: { document: null, location: '§3.3' },
})

type Answer = { errors?: { data?: { errors?: { path: string; message: string }[] } }[]; doc?: { id: number | string; _status?: string } }

describe('a draft with "Plaats in de bron" filled in and no "Brondocument"', () => {
  it('has collections to check', () => expect(WITH_SOURCE.length).toBeGreaterThan(5))

  it.each(WITH_SOURCE)('%s: saves through REST', async (collection) => {
    const response = await cms.rest('POST', `/${collection}?draft=true&depth=0`, {
      token,
      body: { ...withoutDocument(collection, 'zonder-bron'), _status: 'draft' },
    })
    expect(response.status, await response.clone().text()).toBe(201)
    expect(((await response.json()) as Answer).doc?._status).toBe('draft')
  })

  it.each(WITH_SOURCE)('%s: saves through the Local API', async (collection) => {
    const draft = await cms.payload.create({
      collection,
      data: { ...withoutDocument(collection, 'zonder-bron-lokaal'), _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(draft._status).toBe('draft')
  })

  it.each(WITH_SOURCE)('%s: is refused on publish, on "Brondocument", with its "missing" message', async (collection) => {
    const response = await cms.rest('POST', `/${collection}?depth=0`, {
      token,
      body: { ...withoutDocument(collection, 'zonder-bron-publiceren'), _status: 'published' },
    })
    expect(response.status).toBe(400)
    const errors = ((await response.json()) as Answer).errors?.[0]?.data?.errors ?? []
    expect(errors).toContainEqual(expect.objectContaining({ path: 'source.document', message: missingMessage(collection, 'source.document') }))
    expect(JSON.stringify(errors)).not.toContain('toegestane waarden')
  })
})

describe('another choice left empty in a draft', () => {
  it('a survey table without "Populatie" saves as a draft', async () => {
    const { population: _left, ...table } = validDocument('evidence', 'tabel-zonder-populatie', ids)
    const response = await cms.rest('POST', '/evidence?draft=true&depth=0', { token, body: { ...table, population: null, _status: 'draft' } })
    expect(response.status, await response.clone().text()).toBe(201)
  })
})
