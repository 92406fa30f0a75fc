import path from 'node:path'
import { resolvePreviewSecret } from '@toolkit/schemas/node'
import { type CmsSettings, cmsSettings } from '../config/settings.ts'
import { CMS_ROOT } from '../db/location.ts'

const dataDir = path.join(CMS_ROOT, 'data')
const resolved = new Map<string, string>()

/**
 * The secret that signs preview tokens, shared with the site's preview
 * server (`resolvePreviewSecret`: production refuses a missing or short
 * one; development makes one once in cms/data). payload.config.ts asks for
 * it when the config loads, so production refuses to start without it.
 */
export function previewSecret(settings: CmsSettings = cmsSettings()): string {
  const key = JSON.stringify([settings.secrets.preview, settings.nodeEnv, settings.nextPhase])
  let secret = resolved.get(key)
  if (secret === undefined) {
    // The shared rule reads the variables by name, as the preview server hands it its own environment.
    secret = resolvePreviewSecret({ PREVIEW_SECRET: settings.secrets.preview, NODE_ENV: settings.nodeEnv, NEXT_PHASE: settings.nextPhase }, dataDir)
    resolved.set(key, secret)
  }
  return secret
}

/** Where editors' browsers reach the site's preview server (site/scripts/preview-server.mjs). */
export const previewUrl = (settings: CmsSettings = cmsSettings()): string => settings.preview.url

/** The public site, for "Bekijk op de site" and oEmbed: SITE_URL plus SITE_BASE, as the site build uses them. */
export const siteAddress = (settings: CmsSettings = cmsSettings()): { url: string; base: string } => settings.site
