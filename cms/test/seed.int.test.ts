import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, snapshotSchema, withoutEditorNotes } from '@toolkit/schemas'
import { SeedValidationError, loadSeed } from '@toolkit/seed'
import { BAD_INPUTS, seedCopyWith } from '../../seed/test/bad-input.ts'
import { buildSnapshot } from '../src/content/snapshot.ts'
import { importSeed } from '../src/seed/importSeed.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
const seed = loadSeed()

async function counts() {
  const result: Record<string, number> = {}
  for (const collection of CONTENT_COLLECTIONS) {
    result[collection] = (await cms.payload.count({ collection, overrideAccess: true })).totalDocs
    result[`${collection}:versions`] = (await cms.payload.countVersions({ collection, overrideAccess: true })).totalDocs
  }
  return result
}

beforeAll(async () => {
  cms = await startTestCms('seed')
})
afterAll(() => cms?.close())

describe('bad seed input leaves the database unchanged', () => {
  it.each(BAD_INPUTS)('$name', async ({ file, mutate, expected }) => {
    const before = await counts()
    const run = async () => importSeed(cms.payload, { data: loadSeed(seedCopyWith(file, mutate as (records: any[]) => any[])) })
    await expect(run()).rejects.toThrow(SeedValidationError)
    await expect(run()).rejects.toThrow(expected)
    expect(await counts()).toEqual(before)
  })

  it('a failure halfway through rolls the whole import back', async () => {
    const before = await counts()
    const realUpdate = cms.payload.update.bind(cms.payload)
    let calls = 0
    cms.payload.update = (async (args: any) => {
      calls += 1
      if (calls === 5) throw new Error('simulated database failure')
      return realUpdate(args)
    }) as typeof cms.payload.update
    try {
      await expect(importSeed(cms.payload, { data: seed })).rejects.toThrow('simulated database failure')
    } finally {
      cms.payload.update = realUpdate
    }
    expect(await counts()).toEqual(before)
  })
})

describe('seeding', () => {
  it('imports every record, published', async () => {
    const report = await importSeed(cms.payload, { data: seed })
    for (const collection of CONTENT_COLLECTIONS) {
      expect(report[collection].created).toBe(seed[collection].length)
      const published = await cms.payload.count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: true })
      expect(published.totalDocs).toBe(seed[collection].length)
    }
  })

  it('is idempotent: a second run changes nothing, not even a version', async () => {
    const before = await counts()
    const stamps = (await cms.payload.find({ collection: 'evidence', pagination: false, overrideAccess: true })).docs.map((doc) => doc.updatedAt)
    const report = await importSeed(cms.payload, { data: seed })
    for (const collection of CONTENT_COLLECTIONS) {
      expect(report[collection]).toEqual({ created: 0, updated: 0, unchanged: seed[collection].length, kept: 0 })
    }
    expect(await counts()).toEqual(before)
    const after = (await cms.payload.find({ collection: 'evidence', pagination: false, overrideAccess: true })).docs.map((doc) => doc.updatedAt)
    expect(after).toEqual(stamps)
  })

  it('publishes exactly the seed: every table row, relation and field survives the round trip', async () => {
    const snapshot = snapshotSchema.parse(await buildSnapshot(cms.payload))
    for (const collection of CONTENT_COLLECTIONS) {
      const published = snapshot.collections[collection].map(({ updatedAt, ...doc }) => doc)
      // Editor notes are imported for the editors, never published.
      const expected = [...seed[collection]].sort((a, b) => a.slug.localeCompare(b.slug)).map(withoutEditorNotes)
      expect(published).toEqual(expected)
    }
  })

  it('imports the editor notes for the editors', async () => {
    const hoop = (await cms.payload.find({ collection: 'fragments', where: { slug: { equals: 'hoop' } }, overrideAccess: true })).docs[0]!
    const notes = seed.fragments.find((fragment) => fragment.slug === 'hoop')!.editorNotes
    expect(notes.length).toBeGreaterThan(0)
    expect((hoop as unknown as { editorNotes: { text: string }[] }).editorNotes.map((row) => row.text)).toEqual(notes)
  })

  it('keeps an editor\'s change unless asked to overwrite', async () => {
    const hoop = (await cms.payload.find({ collection: 'fragments', where: { slug: { equals: 'hoop' } }, overrideAccess: true })).docs[0]!
    await cms.payload.update({ collection: 'fragments', id: hoop.id, data: { description: 'Aangepast door de redactie.' }, overrideAccess: true })
    const kept = await importSeed(cms.payload, { data: seed })
    expect(kept.fragments.kept).toBe(1)
    expect((await cms.payload.findByID({ collection: 'fragments', id: hoop.id, overrideAccess: true })).description).toBe('Aangepast door de redactie.')
    const reset = await importSeed(cms.payload, { data: seed, overwrite: true })
    expect(reset.fragments.updated).toBe(1)
    const restored = await cms.payload.findByID({ collection: 'fragments', id: hoop.id, overrideAccess: true })
    expect(restored.description ?? undefined).toBe(seed.fragments.find((fragment) => fragment.slug === 'hoop')?.description)
  })
})
