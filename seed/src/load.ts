import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CONTENT_COLLECTIONS,
  SCHEMAS,
  checkIntegrity,
  type ContentCollectionSlug,
  type ContentDocument,
} from '@toolkit/schemas'
import { SeedValidationError, type SeedProblem } from './errors.ts'

/** The seed data shipped with this package. */
export const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data')

export type SeedData = { [C in ContentCollectionSlug]: ContentDocument<C>[] }

type Raw = Record<string, unknown>

function readCollectionFile(dataDir: string, collection: ContentCollectionSlug, problems: SeedProblem[]): unknown[] {
  const file = path.join(dataDir, `${collection}.json`)
  const label = path.join(path.basename(dataDir), `${collection}.json`)
  if (!fs.existsSync(file)) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    problems.push({ file: label, message: `not valid JSON: ${(error as Error).message}` })
    return []
  }
  if (!Array.isArray(parsed)) {
    problems.push({ file: label, message: 'must contain a JSON array of records' })
    return []
  }
  return parsed
}

/**
 * Reads every `<collection>.json` in `dataDir`, checks each record against its
 * schema, then slugs and relations with the shared `checkIntegrity`, and returns
 * the parsed data. Any problem throws one SeedValidationError listing them
 * all, before a caller could write anything.
 */
export function loadSeed(dataDir: string = DEFAULT_DATA_DIR): SeedData {
  const problems: SeedProblem[] = []
  const fileLabel = (collection: string) => path.join(path.basename(dataDir), `${collection}.json`)
  const records = Object.fromEntries(
    CONTENT_COLLECTIONS.map((collection) => [collection, readCollectionFile(dataDir, collection, problems)]),
  ) as Record<ContentCollectionSlug, unknown[]>
  return validateSeed(records, fileLabel, problems)
}

/**
 * Checks records of every collection against their schemas, then slugs and
 * relations with the shared `checkIntegrity`: the one validation of seed
 * data, whether it comes from seed/data or from a snapshot file. Throws one
 * SeedValidationError listing every problem (and `earlier` ones found while
 * reading), located with `fileLabel(collection)` and the record's index.
 */
export function validateSeed(
  records: Record<ContentCollectionSlug, unknown[]>,
  fileLabel: (collection: ContentCollectionSlug) => string,
  earlier: SeedProblem[] = [],
): SeedData {
  const problems = [...earlier]
  const data = {} as Record<ContentCollectionSlug, Raw[]>
  const indexInFile = new Map<Raw, number>()

  for (const collection of CONTENT_COLLECTIONS) {
    data[collection] = []
    records[collection].forEach((record, index) => {
      const slug = typeof (record as Raw)?.slug === 'string' ? ((record as Raw).slug as string) : undefined
      const result = SCHEMAS[collection].safeParse(record)
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: fileLabel(collection), record: index, slug, field: issue.path.join('.') || undefined, message: issue.message })
        }
        return
      }
      const parsed = result.data as Raw
      indexInFile.set(parsed, index)
      data[collection].push(parsed)
    })
  }

  // Slugs and relations: the same check the site runs before a build.
  const integrity = checkIntegrity(data)
  for (const problem of integrity) {
    const record = data[problem.collection][problem.index]!
    problems.push({
      file: fileLabel(problem.collection),
      record: indexInFile.get(record),
      slug: problem.slug,
      field: problem.path.join('.'),
      message: problem.message,
    })
  }

  if (problems.length > 0) throw new SeedValidationError(problems)
  return data as unknown as SeedData
}
