/**
 * `npm run seed` (payload run): imports seed/data into the configured
 * database. `--overwrite` resets documents that editors changed.
 */
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'
import { SeedValidationError } from '@toolkit/seed'
import { enqueueSiteUpdate } from '../publishing/enqueueSiteUpdate.ts'
import { importSeed } from '../seed/importSeed.ts'

const overwrite = process.argv.includes('--overwrite')
try {
  const payload = await getPayload({ config })
  const started = Date.now()
  console.log(`Seeding${overwrite ? ' (overwrite)' : ''} …`)
  await importSeed(payload, { overwrite, log: (line) => console.log(line) })
  // A running CMS picks this up and brings the site up to date.
  await enqueueSiteUpdate(await createLocalReq({}, payload), 'npm run seed')
  console.log(`Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error)
  process.exit(1)
}
