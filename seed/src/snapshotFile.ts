/**
 * Seed data from a snapshot file (the JSON of `GET /api/snapshot`, or one of
 * `bench/make-snapshot.mjs`): the documents of `collections`, relations by
 * slug, validated exactly like seed/data. `updatedAt`, which a snapshot adds
 * to every document, is not part of a schema and is dropped by it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@toolkit/schemas'
import { SeedValidationError, type SeedProblem } from './errors.ts'
import { validateSeed, type SeedData } from './load.ts'

export function loadSnapshotFile(file: string): SeedData {
  const label = path.basename(file)
  const fail = (message: string): never => {
    throw new SeedValidationError([{ file: label, message }])
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    fail(code ? `cannot be read (${code})` : `not valid JSON: ${(error as Error).message}`)
  }
  const collections = (parsed as { collections?: unknown } | null)?.collections
  if (!collections || typeof collections !== 'object' || Array.isArray(collections)) {
    fail('is not a snapshot: it has no object "collections" (expected {"collections": {"fragments": [...], ...}})')
  }
  const problems: SeedProblem[] = []
  const records = {} as Record<ContentCollectionSlug, unknown[]>
  for (const collection of CONTENT_COLLECTIONS) {
    const docs = (collections as Record<string, unknown>)[collection] ?? []
    if (Array.isArray(docs)) records[collection] = docs
    else {
      records[collection] = []
      problems.push({ file: `${label} › ${collection}`, message: 'must be a JSON array of documents' })
    }
  }
  return validateSeed(records, (collection) => `${label} › ${collection}`, problems)
}
