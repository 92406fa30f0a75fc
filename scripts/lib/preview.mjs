/** The draft-preview server (site/scripts/preview-server.mjs), beside the site server. */
import path from 'node:path'
import { DEFAULT_PORTS } from '@toolkit/schemas/ports'
import { startProcess } from './processes.mjs'

export const PREVIEW_PORT = process.env.PREVIEW_PORT ?? String(DEFAULT_PORTS.preview)

/** Starts the preview server; it reads drafts from the CMS at `cmsUrl` and assets from the built site. */
export function startPreview(root, { cmsUrl }) {
  return startProcess('voorbeeld', process.execPath, [path.join(root, 'site', 'scripts', 'preview-server.mjs')], {
    cwd: path.join(root, 'site'),
    env: {
      ...process.env,
      PREVIEW_PORT,
      CMS_URL: cmsUrl,
      ...(process.env.SITE_OUT_DIR ? { SITE_DIST: path.resolve(root, 'site', process.env.SITE_OUT_DIR) } : {}),
    },
  })
}
