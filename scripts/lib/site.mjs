/** Building and serving the static site from CMS content. */
import path from 'node:path'
import { npm, runStep, startProcess } from './processes.mjs'
import { childEnvironment, SITE_OUT_DIR, SITE_PORT, SITE_URL } from './settings.mjs'

export { SITE_PORT }

/**
 * Builds site/dist from the CMS at `cmsUrl`, or from a snapshot file. `local`: the site is served here (`npm start`),
 * so snippets, oEmbed and PDF links name the served port; otherwise (`npm run build`, to publish) the public address
 * comes from SITE_URL, and the site's build warns when that is unset.
 */
export async function buildSite(root, { cmsUrl, snapshotFile, local = false } = {}) {
  const env = childEnvironment(local ? { SITE_URL } : {})
  if (snapshotFile) env.CONTENT_SNAPSHOT = snapshotFile
  else if (cmsUrl) env.CMS_URL = cmsUrl
  const started = Date.now()
  await runStep('site', npm, ['run', 'build', '--silent'], { cwd: path.join(root, 'site'), env })
  return (Date.now() - started) / 1000
}

export function serveSite(root) {
  return startProcess('site', process.execPath, [path.join(root, 'site', 'scripts', 'serve.mjs')], {
    cwd: path.join(root, 'site'),
    // SITE_OUT_DIR moves the build (a second product in the same checkout, e.g. the e2e tests); serve that folder.
    env: childEnvironment({
      PORT: SITE_PORT,
      ...(SITE_OUT_DIR ? { SITE_DIST: path.resolve(root, 'site', SITE_OUT_DIR) } : {}),
    }),
  })
}
