/**
 * `npm run seed` (payload run): imports seed/data into the configured
 * database. `--overwrite` resets documents that editors changed.
 * `--snapshot <file>` imports a snapshot file instead (the JSON of
 * GET /api/snapshot or of bench/make-snapshot.mjs), for loading thousands of
 * documents; same rules: validated first, one transaction, idempotent.
 */
import path from 'node:path'
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'
import { SeedValidationError, loadSnapshotFile } from '@toolkit/seed'
import { cmsSettings } from '../config/settings.ts'
import { enqueueSiteUpdate } from '../publishing/enqueueSiteUpdate.ts'
import { importSeed } from '../seed/importSeed.ts'

const args = process.argv.slice(2)
const overwrite = args.includes('--overwrite')
const at = args.indexOf('--snapshot')
const snapshotFile = at === -1 ? undefined : args[at + 1]
if (at !== -1 && (!snapshotFile || snapshotFile.startsWith('--'))) {
  console.error('Gebruik: npm run seed -w cms -- --snapshot <bestand.json> [--overwrite]')
  process.exit(2)
}
try {
  const started = Date.now()
  // Validated before Payload starts: a bad file writes nothing and costs no boot.
  const data = snapshotFile ? loadSnapshotFile(path.resolve(cmsSettings().initCwd, snapshotFile)) : undefined
  const payload = await getPayload({ config })
  console.log(`Seeding${snapshotFile ? ` from ${snapshotFile}` : ''}${overwrite ? ' (overwrite)' : ''} …`)
  await importSeed(payload, { data, overwrite, log: (line) => console.log(line) })
  // A running CMS picks this up and brings the site up to date.
  await enqueueSiteUpdate(await createLocalReq({}, payload), snapshotFile ? `npm run seed -- --snapshot ${path.basename(snapshotFile)}` : 'npm run seed')
  console.log(`Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error)
  process.exit(1)
}
