/**
 * The bare Payload baseline: Payload 3 as its blank template configures it,
 * with our content collections' fields and nothing of ours around them.
 *
 * The collections come from BARE_COLLECTIONS_FILE, a JSON file bench/cms.mjs
 * writes from our own collection definitions (./collections.ts), so the
 * fields cannot drift from the CMS's. What JSON cannot carry (hooks, access
 * functions, validators) is gone by construction; collections.ts also drops
 * our admin, access, hooks, default populate, extra indexes and scheduled
 * publishing. Anonymous read access is the one thing added: Payload's default
 * is logged-in users only, and the benchmark reads anonymously.
 *
 * Database: @payloadcms/db-sqlite with its defaults.
 */
import { readFileSync } from 'node:fs'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { buildConfig, type CollectionConfig } from 'payload'

const collectionsFile = process.env.BARE_COLLECTIONS_FILE
if (!collectionsFile) throw new Error('BARE_COLLECTIONS_FILE ontbreekt: de kale Payload draait alleen via bench/cms.mjs.')
const content = JSON.parse(readFileSync(collectionsFile, 'utf8')) as CollectionConfig[]

/** As in the blank template: the auth collection Payload needs. */
const Users: CollectionConfig = { slug: 'users', auth: true, fields: [] }

export default buildConfig({
  admin: { user: Users.slug },
  collections: [Users, ...content.map((collection) => ({ ...collection, access: { read: () => true } }))],
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: sqliteAdapter({ client: { url: process.env.DATABASE_URL ?? '' } }),
  telemetry: false,
  // Payload writes payload-types.ts on start outside production; a baseline needs no types in the tree.
  typescript: { autoGenerate: false },
})
