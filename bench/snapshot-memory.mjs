#!/usr/bin/env node
/**
 * The CMS's memory while it sends the snapshot: resident memory of the
 * server's process tree before, after each of a few GET /api/snapshot
 * requests, and after 10 s of rest. Prints figures; asserts nothing.
 *
 *   node bench/snapshot-memory.mjs http://127.0.0.1:3000 <pid of the CMS> [requests, default 5]
 *
 * The CMS must already run (production build) on the content to measure, for
 * example 10,000 documents loaded with `npm run seed -w cms -- --snapshot <file>`.
 */
import { processTreeRssMb } from './rss.mjs'

const [url, pidText, countText = '5'] = process.argv.slice(2)
const pid = Number(pidText)
if (!url || !Number.isInteger(pid)) {
  console.error('Gebruik: node bench/snapshot-memory.mjs <CMS-adres> <pid van het CMS> [aantal verzoeken]')
  process.exit(2)
}

const rows = [{ moment: 'voor', rssMb: await processTreeRssMb(pid) }]
for (let i = 1; i <= Number(countText); i++) {
  const started = performance.now()
  const response = await fetch(`${url}/api/snapshot`)
  let bytes = 0
  for await (const chunk of response.body) bytes += chunk.length
  const seconds = (performance.now() - started) / 1000
  rows.push({ moment: `na verzoek ${i}`, rssMb: await processTreeRssMb(pid), status: response.status, megabytes: +(bytes / 1e6).toFixed(1), seconds: +seconds.toFixed(2) })
}
await new Promise((resolve) => setTimeout(resolve, 10_000))
rows.push({ moment: 'na 10 s rust', rssMb: await processTreeRssMb(pid) })
console.table(rows)
console.log(JSON.stringify({ url, measuredAt: new Date().toISOString(), rows }))
