/**
 * Loads a snapshot file into the bare baseline through Payload's Local API:
 *
 *   BARE_COLLECTIONS_FILE=… DATABASE_URL=file:… PAYLOAD_SECRET=… node bench/bare-payload/load.ts <snapshot.json>
 *
 * Run outside production, so Payload creates the tables itself (push), as a
 * bare app does in development. Every document is created published in one
 * write; relations are turned from slugs into ids by the CMS's own conversion
 * (cms/src/content/shape.ts). A relation to a document not created yet is
 * filled in by a second write once everything exists.
 */
import { readFileSync } from 'node:fs'
import { getPayload, type CollectionSlug } from 'payload'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { toCmsData } from '../../cms/src/content/shape.ts'
import config from './payload.config.ts'

type SnapshotRecord = Record<string, unknown> & { slug: string }

const file = process.argv[2]
if (!file) {
  console.error('Gebruik: node bench/bare-payload/load.ts <snapshot.json>')
  process.exit(2)
}
const { collections } = JSON.parse(readFileSync(file, 'utf8')) as { collections: Record<string, SnapshotRecord[]> }
const payload = await getPayload({ config })
// Only for this loading connection (not stored in the file, so the server keeps
// the defaults): without it every statement waits for the disk, 60 ms a document.
await (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute('PRAGMA synchronous = OFF')
const ids = new Map<string, string | number>()
const later: [string, SnapshotRecord][] = []
const started = Date.now()
let written = 0

for (const collection of CONTENT_COLLECTIONS) {
  const fields = payload.collections[collection as CollectionSlug]!.config.fields
  for (const record of collections[collection] ?? []) {
    let complete = true
    const toId = (target: string, slug: string) => {
      const id = ids.get(`${target}:${slug}`)
      if (id === undefined) complete = false
      return id
    }
    const data = toCmsData(fields, record, toId)
    const doc = await payload.create({ collection: collection as CollectionSlug, data: { ...data, _status: 'published' } })
    ids.set(`${collection}:${record.slug}`, doc.id)
    if (!complete) later.push([collection, record])
    written += 1
    if (written % 1000 === 0) console.log(`${written} documenten (${Math.round((Date.now() - started) / 1000)} s)`)
  }
}
for (const [collection, record] of later) {
  const fields = payload.collections[collection as CollectionSlug]!.config.fields
  const data = toCmsData(fields, record, (target, slug) => ids.get(`${target}:${slug}`))
  await payload.update({ collection: collection as CollectionSlug, id: ids.get(`${collection}:${record.slug}`)!, data: { ...data, _status: 'published' } })
}
console.log(`${written} documenten geladen (${later.length} met een tweede schrijfactie voor verwijzingen) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(0)
