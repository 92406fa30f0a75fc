/**
 * A CMS process for the crash tests (crash.int.test.ts): boots Payload on
 * DATABASE_URL and either seeds (`seed`) or writes themes as fast as it can
 * (`edits`), printing `ACK <slug>` once the Local API has acknowledged each
 * write. The test kills it with SIGKILL somewhere in the middle.
 */
import { createClient } from '@libsql/client'
import { getPayload } from 'payload'
import config from '../../src/payload.config.ts'
import { importSeed } from '../../src/seed/importSeed.ts'

const mode = process.argv[2]
const payload = await getPayload({ config })
if (mode === 'seed') {
  console.log('SEEDING')
  // Tell the test how far the import got, so it can kill it halfway.
  let writes = 0
  for (const method of ['create', 'update'] as const) {
    const real = payload[method].bind(payload) as (args: unknown) => Promise<unknown>
    ;(payload as unknown as Record<string, unknown>)[method] = async (args: unknown) => {
      const result = await real(args)
      console.log(`WRITE ${(writes += 1)}`)
      return result
    }
  }
  await importSeed(payload)
  console.log('SEEDED')
} else {
  // First one write that fails on a lock another process holds (as a backup or
  // the seed CLI might): what comes after must still be durable.
  const blocker = createClient({ url: process.env.DATABASE_URL as string })
  await blocker.execute('BEGIN IMMEDIATE')
  const blocked = await payload
    .create({ collection: 'themes', data: { name: 'Geblokkeerd', slug: `blocked-${process.pid}`, description: 'Test.' }, overrideAccess: true })
    .then(() => 'stored', (error: Error) => error.message)
  await blocker.execute('ROLLBACK')
  blocker.close()
  console.log(`BLOCKED ${blocked}`)
  console.log('EDITING')
  for (let i = 1; ; i += 1) {
    const slug = `crash-${process.pid}-${i}`
    const theme = await payload.create({ collection: 'themes', data: { name: `Crash ${i}`, slug, description: 'Test.' }, overrideAccess: true })
    await payload.update({ collection: 'themes', id: theme.id, data: { description: `Bewerkt ${i}.`, _status: 'published' }, overrideAccess: true })
    console.log(`ACK ${slug}`)
  }
}
process.exit(0)
