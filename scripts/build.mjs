#!/usr/bin/env node
/**
 * `npm run build`: writes the static site to site/dist from the CMS content.
 * Uses the running CMS when there is one; otherwise reads the database
 * directly through Payload's Local API (seeding it if empty), no server needed.
 */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireNode24 } from './lib/node-version.mjs'
import { npm, runStep } from './lib/processes.mjs'

requireNode24()
// After the check: these load the shared default ports as TypeScript, which an older Node cannot read at all.
const { CMS_URL, isCmsUp } = await import('./lib/cms.mjs')
const { buildSite } = await import('./lib/site.mjs')
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const log = (line) => console.log(`[build] ${line}`)

let seconds
if (await isCmsUp()) {
  log(`Inhoud van de draaiende CMS op ${CMS_URL}.`)
  seconds = await buildSite(root, { cmsUrl: CMS_URL })
} else {
  log('Geen CMS actief: inhoud rechtstreeks uit de database lezen …')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-snapshot-'))
  const snapshotFile = path.join(dir, 'snapshot.json')
  await runStep('cms', npm, ['run', 'export-snapshot', '--silent', '--', snapshotFile], { cwd: path.join(root, 'cms') })
  seconds = await buildSite(root, { snapshotFile })
  fs.rmSync(dir, { recursive: true, force: true })
}
log(`Klaar: site/dist in ${seconds.toFixed(1)} s.`)
