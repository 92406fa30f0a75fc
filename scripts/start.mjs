#!/usr/bin/env node
/**
 * `npm start`: the whole product on the embedded default.
 *  1. the CMS at :3000 (seeded on first run),
 *  2. the static site built from its published content, served at :4321,
 *  3. a watcher that rebuilds the site when published content changes.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireNode24 } from './lib/node-version.mjs'
import { stopChildren, stopChildrenOnExit, untilPrints, whenStopped } from './lib/processes.mjs'

requireNode24()
// After the check: these load the shared default ports as TypeScript, which an older Node cannot read at all.
const { CMS_URL, isCmsUp, startCms, waitForCms } = await import('./lib/cms.mjs')
const { PREVIEW_PORT, startPreview } = await import('./lib/preview.mjs')
const { SITE_PORT, buildSite, serveSite } = await import('./lib/site.mjs')
// The site build's own way of saying seconds ("41,3 s"), so every line agrees.
const { seconds: inSeconds } = await import('../site/scripts/build-report-line.mjs')
stopChildrenOnExit()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const started = Date.now()
const log = (line) => console.log(`[start] ${line}`)
const seconds = () => inSeconds(Date.now() - started)

/** Stops everything with the real reason, at once: no waiting for a timeout on a child that is gone. */
let failed = false
function fail(error) {
  if (failed) return
  failed = true
  console.error(`\n[start] De toolkit kon niet (verder) draaien: ${error.message}`)
  stopChildren()
  setTimeout(() => process.exit(1), 500).unref()
}

/** Settles only when a child the product needs stops. */
let childStopped = new Promise(() => {})
if (await isCmsUp()) {
  log(`Er draait al een CMS op ${CMS_URL}; die wordt gebruikt.`)
} else {
  log('CMS starten …')
  childStopped = whenStopped('Het CMS', startCms(root))
}
childStopped.catch(fail)
await Promise.race([waitForCms(CMS_URL, { log }), childStopped]).catch((error) => {
  fail(error)
  return new Promise(() => {})
})
log(`CMS klaar na ${seconds()}: ${CMS_URL}/admin`)
// Compile the admin in the background so the first visit is quick.
fetch(`${CMS_URL}/admin`).catch(() => {})

log('Site bouwen uit de gepubliceerde inhoud …')
const buildSeconds = await buildSite(root, { cmsUrl: CMS_URL, local: true }).catch((error) => {
  fail(error)
  return new Promise(() => {})
})
log(`Site gebouwd in ${inSeconds(buildSeconds * 1000)}.`)
const siteServer = serveSite(root)
const previewServer = startPreview(root, { cmsUrl: CMS_URL })
const serversStopped = Promise.race([whenStopped('De siteserver', siteServer), whenStopped('De voorbeeldserver', previewServer)])
serversStopped.catch(fail)
// The banner says the addresses work, so it waits for both servers' own lines that they listen.
await Promise.race([Promise.all([untilPrints(siteServer, /^Site: /m), untilPrints(previewServer, /^Voorbeeldserver: /m)]), serversStopped]).catch(
  () => new Promise(() => {}),
)

console.log(`
  Toolkit destigmatisering draait (${seconds()})

  Site          http://localhost:${SITE_PORT}
  Voorbeeld     http://localhost:${PREVIEW_PORT}  (concepten, via "Voorbeeld" in het CMS)
  CMS (beheer)  ${CMS_URL}/admin
  REST API      ${CMS_URL}/api  (bijv. ${CMS_URL}/api/interventions)
  GraphQL       ${CMS_URL}/api/graphql

  Inloggen: maak bij het eerste bezoek aan /admin een beheerdersaccount aan,
  of start met ADMIN_EMAIL en ADMIN_PASSWORD. Publiceren in het CMS werkt de
  site binnen enkele seconden bij. Stoppen: Ctrl+C.
`)

// No polling: publishing in the CMS queues a site update that the CMS runs
// itself (its jobs runner, SITE_UPDATE=local, see cms/src/publishing/), into the folder the
// site server reads from disk.
