/**
 * `npm run seed -- --snapshot <file>`: a snapshot file (the JSON of
 * /api/snapshot, or bench/make-snapshot.mjs) imported like the seed:
 * validated first, published, all or nothing, idempotent. The benchmark
 * loads 10,000 documents with it.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, snapshotSchema } from '@toolkit/schemas'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { SeedValidationError, loadSeed, loadSnapshotFile } from '@toolkit/seed'
import { buildSnapshot } from '../src/content/snapshot.ts'
import { importSeed } from '../src/seed/importSeed.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const cmsRoot = path.resolve(import.meta.dirname, '..')
const payloadBin = path.resolve(cmsRoot, '..', 'node_modules', '.bin', 'payload')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-snapshot-import-'))
const seed = loadSeed()
let cms: TestCms

/** The seed as a snapshot file, stamped like the CMS stamps it. */
function snapshotFile(name: string, change: (collections: Record<string, Record<string, unknown>[]>) => void = () => {}) {
  const collections = Object.fromEntries(
    CONTENT_COLLECTIONS.map((collection) => [collection, seed[collection].map((doc) => ({ ...doc, updatedAt: '2026-01-01T00:00:00.000Z' }))]),
  ) as Record<string, Record<string, unknown>[]>
  change(collections)
  const file = path.join(dir, name)
  fs.writeFileSync(file, JSON.stringify(wrapSnapshot(collections)))
  return file
}

async function publishedCounts() {
  const counts: Record<string, number> = {}
  for (const collection of CONTENT_COLLECTIONS) {
    counts[collection] = (await cms.payload.count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: true })).totalDocs
  }
  return counts
}

beforeAll(async () => {
  cms = await startTestCms('seed-snapshot')
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('importing a snapshot file', () => {
  it('refuses a file with a broken relation before writing anything, naming file, collection, record and field', async () => {
    const file = snapshotFile('kapot.json', (collections) => {
      collections.fragments![0]!.production = 'bestaat-niet'
    })
    let error: unknown
    try {
      await importSeed(cms.payload, { data: loadSnapshotFile(file) })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SeedValidationError)
    expect((error as Error).message).toMatch(/kapot\.json › fragments, record 0 \("[^"]+"\), field "production"/)
    expect(Object.values(await publishedCounts()).every((count) => count === 0)).toBe(true)
  })

  it('refuses what is no snapshot', () => {
    const file = path.join(dir, 'geen-snapshot.json')
    fs.writeFileSync(file, JSON.stringify([{ slug: 'hoop' }]))
    expect(() => loadSnapshotFile(file)).toThrow(/has no object "collections"/)
    expect(() => loadSnapshotFile(path.join(dir, 'ontbreekt.json'))).toThrow(/cannot be read \(ENOENT\)/)
  })

  it('publishes every document of the file, the same content the snapshot held', async () => {
    const file = snapshotFile('seed.json')
    const report = await importSeed(cms.payload, { data: loadSnapshotFile(file) })
    for (const collection of CONTENT_COLLECTIONS) expect(report[collection].created).toBe(seed[collection].length)
    // Compared as the site reads both: through the snapshot schema, without the CMS's own stamps.
    const exported = snapshotSchema.parse(await buildSnapshot(cms.payload))
    const original = snapshotSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
    const strip = (docs: { slug: string; updatedAt: string }[]) =>
      docs.map(({ updatedAt: _stamp, ...doc }) => doc).sort((a, b) => a.slug.localeCompare(b.slug))
    for (const collection of CONTENT_COLLECTIONS) {
      expect(strip(exported.collections[collection])).toEqual(strip(original.collections[collection]))
    }
  })

  it('through the command, a second time changes nothing', () => {
    const file = snapshotFile('opnieuw.json')
    const result = spawnSync(payloadBin, ['run', 'src/scripts/seed.ts', '--', '--snapshot', file], {
      cwd: cmsRoot,
      env: { ...process.env, DATABASE_URL: cms.databaseUrl, SEED_ON_START: 'false', INIT_CWD: cmsRoot },
      encoding: 'utf8',
      timeout: 120_000,
    })
    const output = result.stdout + result.stderr
    expect(result.status, output).toBe(0)
    expect(output).toContain(`Seeding from ${file}`)
    expect(output).toMatch(new RegExp(`fragments\\s+0 created, 0 updated, ${seed.fragments.length} unchanged, 0 kept`))
    expect(output).toMatch(/Seed done in/)
  })
})
