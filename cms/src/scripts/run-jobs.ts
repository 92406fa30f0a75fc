/**
 * The jobs queue (site updates, scheduled publications) in a process of its
 * own: `scripts/serve.mjs dev` starts it beside Next's development server,
 * which then runs no jobs itself (JOBS_AUTORUN=false there).
 *
 * Why: React's development build in that server tracks every promise
 * (async_hooks), and Payload's reads make several per field. The site
 * update's snapshot of 10,000 documents took 9.8-9.9 s there and 2.6 s here
 * (the same job on the same database, one run after the other), and held the
 * admin's event loop meanwhile. Production (`next start`) has no such
 * tracking and keeps the queue in the server.
 *
 * The same config and autoRun as the server (jobs.ts), started with Payload's
 * crons. The server creates the first admin, seeds and pushes the development
 * schema; this process does none of that (`leaveBootstrapToTheServer`, and
 * PAYLOAD_MIGRATING from scripts/jobs-runner.mjs), and is started only once
 * the server answers.
 */
import config from '@payload-config'
import { getPayload } from 'payload'
import { leaveBootstrapToTheServer } from '../bootstrap.ts'

leaveBootstrapToTheServer()
const payload = await getPayload({ config, cron: true })
payload.logger.info('Takenrij (site-updates, geplande publicaties) draait in een eigen proces.')
// In Next's server a stray rejection is logged and the server goes on; here it would end the runner, and the CMS with it.
process.on('unhandledRejection', (error) => payload.logger.error({ err: error, msg: 'Onafgehandelde fout in de takenrij' }))
// `payload run` exits once this module has finished, so it never finishes: serve.mjs stops it with the server.
await new Promise<never>(() => setInterval(() => {}, 1 << 30))
