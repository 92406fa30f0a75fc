/**
 * `npm run export-snapshot -w cms -- <file>`: writes the published content
 * (the same JSON as GET /api/snapshot) to a file through the Local API, so
 * the site can be built without a running CMS server. Seeds an empty
 * database first, like the server does.
 */
import fs from 'node:fs'
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { buildSnapshot } from '../content/snapshot.ts'

const target = process.argv[2]
if (!target) {
  console.error('Gebruik: export-snapshot <bestand.json>')
  process.exit(2)
}
const payload = await getPayload({ config })
const snapshot = await buildSnapshot(payload)
fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true })
fs.writeFileSync(target, JSON.stringify(snapshot))
const counts = Object.entries(snapshot.collections).map(([name, docs]) => `${name} ${docs.length}`).join(', ')
console.log(`Snapshot ${snapshot.contentVersion} geschreven naar ${target} (${counts}).`)
process.exit(0)
