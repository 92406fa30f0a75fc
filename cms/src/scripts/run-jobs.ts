/**
 * The jobs queue (site updates, scheduled publications) in a process of its
 * own: `scripts/serve.mjs dev` starts it beside Next's development server,
 * which then runs no jobs itself (JOBS_AUTORUN=false there).
 *
 * Why: React's development build in that server tracks every promise
 * (async_hooks), and Payload's reads make several per field. The site
 * update's snapshot of 10,000 documents took 10-12 s there and 2.3 s in a
 * plain Node process (the same code, measured on the same database), and held
 * the admin's event loop meanwhile. Production (`next start`) has no such
 * tracking and keeps the queue in the server.
 *
 * The same config and autoRun as the server (jobs.ts), started with Payload's
 * crons; without `onInit`: the server creates the first admin and seeds, and
 * serve.mjs starts this only once the server answers, so its development
 * schema push has happened too.
 */
import configPromise from '@payload-config'
import { getPayload } from 'payload'

const config = await configPromise
const payload = await getPayload({ config: { ...config, onInit: () => {} }, cron: true })
payload.logger.info('Takenrij (site-updates, geplande publicaties) draait in een eigen proces.')
// `payload run` exits once this module has finished, so it never finishes: serve.mjs stops it with the server.
await new Promise<never>(() => setInterval(() => {}, 1 << 30))
