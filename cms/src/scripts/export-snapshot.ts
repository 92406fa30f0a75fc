/**
 * `npm run export-snapshot -w cms -- <file>`: writes the published content
 * (the same JSON as GET /api/snapshot) to a file through the Local API, so
 * the site can be built without a running CMS server. Seeds an empty
 * database first, like the server does. Written as it is read.
 */
import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import config from '@payload-config'
import { getPayload } from 'payload'
import { publishedSnapshot } from '../content/snapshot.ts'

const target = process.argv[2]
if (!target) {
  console.error('Gebruik: export-snapshot <bestand.json>')
  process.exit(2)
}
const payload = await getPayload({ config })
const snapshot = publishedSnapshot(payload)
fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true })
await pipeline(Readable.from(snapshot.chunks), fs.createWriteStream(target))
const { contentVersion, counts } = await snapshot.summary
console.log(`Snapshot ${contentVersion} geschreven naar ${target} (${Object.entries(counts).map(([name, count]) => `${name} ${count}`).join(', ')}).`)
process.exit(0)
