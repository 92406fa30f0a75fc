/**
 * The settings of the start scripts (`npm start`, `npm run build` at the
 * root), read from the environment in this one file, each default once (the
 * ports from schemas/src/ports.ts). The CMS and the site check their own
 * variables in their own configuration modules; these only say where the
 * three servers are and where the site is built.
 */
import { DEFAULT_ADDRESSES, DEFAULT_PORTS, localAddress } from '@toolkit/schemas/ports'

const env = process.env

/** The CMS's address; the CMS listens on its port. */
export const CMS_URL = (env.CMS_URL ?? DEFAULT_ADDRESSES.cms).replace(/\/$/, '')
/** The site server's port, and the address the site names in `npm start` (SITE_URL, default that port here). */
export const SITE_PORT = env.SITE_PORT ?? String(DEFAULT_PORTS.site)
export const SITE_URL = env.SITE_URL ?? localAddress(SITE_PORT)
/** The draft-preview server's port. */
export const PREVIEW_PORT = env.PREVIEW_PORT ?? String(DEFAULT_PORTS.preview)
/** How the CMS updates the site after a publication: `local` builds it here. */
export const SITE_UPDATE = env.SITE_UPDATE ?? 'local'
/** Another output folder for the site (relative to site/), e.g. a second product in the same checkout. */
export const SITE_OUT_DIR = env.SITE_OUT_DIR

/** The environment a child process gets: this one, with `extra` on top. */
export function childEnvironment(extra = {}) {
  return { ...env, ...extra }
}
