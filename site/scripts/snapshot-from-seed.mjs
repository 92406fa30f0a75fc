#!/usr/bin/env node
/**
 * Development helper: wraps the seed data (seed/data/<collection>.json,
 * arrays of documents in schema shape) into the snapshot shape the CMS
 * exports (`GET /api/snapshot`): adds `updatedAt` to each document (the
 * file's modification time), `generatedAt` and `contentVersion`. The result
 * is checked with the site's content loader, then written.
 *
 *   node scripts/snapshot-from-seed.mjs [out.json]   (default .content/seed-snapshot.json)
 *   CONTENT_SNAPSHOT=.content/seed-snapshot.json npm run build
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { wrapSnapshot } from '@toolkit/schemas/node'
import { parseSnapshot } from '../src/lib/content/load.ts'

const siteDir = fileURLToPath(new URL('..', import.meta.url))
const seedDir = resolve(siteDir, '../seed/data')
const out = resolve(process.argv[2] ?? join(siteDir, '.content/seed-snapshot.json'))

const collections = {}
const missing = []
for (const collection of CONTENT_COLLECTIONS) {
  const file = join(seedDir, `${collection}.json`)
  let text
  try {
    text = await readFile(file, 'utf8')
  } catch {
    missing.push(collection)
    continue
  }
  const updatedAt = (await stat(file)).mtime.toISOString()
  collections[collection] = JSON.parse(text).map((doc) => ({ ...doc, updatedAt }))
}
if (missing.length > 0) {
  console.error(`De seed is nog niet compleet; ontbrekend in ${seedDir}: ${missing.join(', ')}.`)
  console.error('Bouw in de tussentijd met CONTENT_SNAPSHOT=test/fixtures/dev-snapshot.json (synthetische fixture).')
  process.exit(1)
}

const snapshot = wrapSnapshot(collections)
parseSnapshot(snapshot, 'seed/data')
await mkdir(dirname(out), { recursive: true })
await writeFile(out, `${JSON.stringify(snapshot, null, 2)}\n`)
const counts = CONTENT_COLLECTIONS.map((collection) => `${collection} ${collections[collection].length}`).join(', ')
console.log(`Snapshot geschreven: ${out}\n(${counts})`)
