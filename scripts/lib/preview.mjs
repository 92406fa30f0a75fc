/** The draft-preview server (site/scripts/preview-server.mjs), beside the site server. */
import path from 'node:path'
import { startProcess } from './processes.mjs'
import { childEnvironment, PREVIEW_PORT, SITE_OUT_DIR, SITE_URL } from './settings.mjs'

export { PREVIEW_PORT }

/** Starts the preview server; it reads drafts from the CMS at `cmsUrl` and assets from the built site. */
export function startPreview(root, { cmsUrl }) {
  return startProcess('voorbeeld', process.execPath, [path.join(root, 'site', 'scripts', 'preview-server.mjs')], {
    cwd: path.join(root, 'site'),
    env: childEnvironment({
      PREVIEW_PORT,
      CMS_URL: cmsUrl,
      // The site's address as the site's build has it (SITE_PORT moves it), so a draft names the page it will be.
      SITE_URL,
      ...(SITE_OUT_DIR ? { SITE_DIST: path.resolve(root, 'site', SITE_OUT_DIR) } : {}),
    }),
  })
}
