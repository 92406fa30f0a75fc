import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolvePreviewSecret } from '@toolkit/schemas/node'

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data')

/**
 * The secret that signs preview tokens, shared with the site's preview
 * server. Resolved when the config loads, so production refuses to start
 * without a real one (see `resolvePreviewSecret`).
 */
export const PREVIEW_SECRET = resolvePreviewSecret(process.env, dataDir)

/** Where editors' browsers reach the site's preview server (site/scripts/preview-server.mjs). */
export const PREVIEW_URL = (process.env.PREVIEW_URL || `http://localhost:${process.env.PREVIEW_PORT || '4322'}`).replace(/\/+$/, '')

/** The public site, for "Bekijk op de site": SITE_URL plus SITE_BASE, as the site build uses them. */
export const SITE_URL = process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || '4321'}`
export const SITE_BASE = process.env.SITE_BASE || '/'
