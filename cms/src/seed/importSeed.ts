import type { Payload, PayloadRequest } from 'payload'
import { CONTENT_COLLECTIONS, SCHEMAS, type ContentCollectionSlug } from '@toolkit/schemas'
import { loadSeed, type SeedData } from '@toolkit/seed'
import { toCmsData, toSchemaShape } from '../content/shape.ts'
import { atomically } from '../db/atomically.ts'

export type SeedOptions = {
  /** Validated seed data; defaults to the data shipped in seed/data. */
  data?: SeedData
  /** Replace documents whose content differs from the seed (editors' changes are lost). */
  overwrite?: boolean
  log?: (line: string) => void
}

export type SeedCounts = { created: number; updated: number; unchanged: number; kept: number }
export type SeedReport = Record<ContentCollectionSlug, SeedCounts>

type Doc = Record<string, unknown> & { id: string | number; slug: string }

/** Stable JSON for comparing documents regardless of key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  )
}

async function existingDocs(payload: Payload, req: PayloadRequest, collection: ContentCollectionSlug): Promise<Doc[]> {
  const { docs } = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true, req })
  return docs as unknown as Doc[]
}

/**
 * Writes the seed into the CMS through the Local API, in one transaction.
 * Idempotent: a document equal to its seed record is left untouched (no new
 * version). A document an editor has changed is kept unless `overwrite`.
 * Validation happens first (loadSeed), so invalid data writes nothing.
 */
export async function importSeed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const data = options.data ?? loadSeed()
  const log = options.log ?? (() => {})
  // One site update for the whole import, not one per document (publishing/enqueueSiteUpdate.ts).
  const report = await atomically(payload, (req) => writeSeed(payload, req, data, options.overwrite ?? false, log), { skipSiteUpdate: true })
  for (const collection of CONTENT_COLLECTIONS) {
    const { created, updated, unchanged, kept } = report[collection]
    log(`  ${collection.padEnd(14)} ${created} created, ${updated} updated, ${unchanged} unchanged, ${kept} kept`)
  }
  return report
}

/** "  documenten: 3000 / 10000 (12 s)" every 1,000 writes, for imports that take a while. */
function progressLog(log: (line: string) => void) {
  const started = Date.now()
  return (what: string, total: number) => {
    let done = 0
    return () => {
      done += 1
      if (done % 1000 === 0 || (done === total && total >= 1000)) log(`  ${what}: ${done} / ${total} (${Math.round((Date.now() - started) / 1000)} s)`)
    }
  }
}

async function writeSeed(
  payload: Payload,
  req: PayloadRequest,
  data: SeedData,
  overwrite: boolean,
  log: (line: string) => void,
): Promise<SeedReport> {
  const report = {} as SeedReport
  // id ↔ slug for every document, so relations can be written and compared.
  const ids = new Map<string, string | number>()
  const slugs = new Map<string, string>()
  const existing = new Map<ContentCollectionSlug, Map<string, Doc>>()
  for (const collection of CONTENT_COLLECTIONS) {
    const bySlug = new Map((await existingDocs(payload, req, collection)).map((doc) => [doc.slug, doc]))
    existing.set(collection, bySlug)
    for (const doc of bySlug.values()) {
      ids.set(`${collection}:${doc.slug}`, doc.id)
      slugs.set(`${collection}:${doc.id}`, doc.slug)
    }
  }
  const toId = (collection: ContentCollectionSlug, slug: string) => {
    const id = ids.get(`${collection}:${slug}`)
    if (id === undefined) throw new Error(`Seed relation to unknown ${collection} "${slug}"`)
    return id
  }
  const toSlug = (collection: ContentCollectionSlug, id: string | number) => slugs.get(`${collection}:${id}`)
  const fieldsOf = (collection: ContentCollectionSlug) => payload.collections[collection]!.config.fields

  // Pass 1: create missing documents. One whose relations all point to
  // documents that exist already (themes and productions come first) is
  // created published in one write; the others are created as drafts without
  // relations, so that relations in any direction (even cycles) can be
  // resolved in pass 2. One write instead of two halves the import.
  const toWrite: [ContentCollectionSlug, Record<string, unknown>][] = []
  const progress = progressLog(log)
  const step = progress('documenten', CONTENT_COLLECTIONS.reduce((sum, collection) => sum + data[collection].length, 0))
  for (const collection of CONTENT_COLLECTIONS) {
    const counts: SeedCounts = { created: 0, updated: 0, unchanged: 0, kept: 0 }
    report[collection] = counts
    for (const record of data[collection] as Record<string, unknown>[]) {
      step()
      const slug = record.slug as string
      const current = existing.get(collection)?.get(slug)
      if (!current) {
        let unresolved = false
        const resolveNow = (target: ContentCollectionSlug, relatedSlug: string) => {
          const id = ids.get(`${target}:${relatedSlug}`)
          if (id === undefined) unresolved = true
          return id
        }
        const complete = toCmsData(fieldsOf(collection), record, resolveNow)
        const created = (await payload.create({
          collection,
          data: unresolved ? toCmsData(fieldsOf(collection), record, () => undefined) : { ...complete, _status: 'published' },
          draft: unresolved,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Doc
        ids.set(`${collection}:${slug}`, created.id)
        slugs.set(`${collection}:${created.id}`, slug)
        counts.created += 1
        if (unresolved) toWrite.push([collection, record])
        continue
      }
      const same =
        current._status === 'published' &&
        canonical(SCHEMAS[collection].parse(toSchemaShape(fieldsOf(collection), current, toSlug))) === canonical(record)
      if (same) counts.unchanged += 1
      else if (overwrite) {
        counts.updated += 1
        toWrite.push([collection, record])
      } else {
        counts.kept += 1
        log(`  ${collection}/${slug} differs from the seed; the CMS version is kept (use --overwrite to reset it)`)
      }
    }
  }

  // Pass 2: write the full documents with their relations, and publish.
  const relate = progress('relaties en publicatie', toWrite.length)
  for (const [collection, record] of toWrite) {
    relate()
    await payload.update({
      collection,
      id: toId(collection, record.slug as string),
      data: { ...toCmsData(fieldsOf(collection), record, toId), _status: 'published' },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return report
}
