/**
 * How the site follows published content, from the environment:
 * - SITE_UPDATE=local: the CMS builds the site itself (`npm start` sets this),
 *   into SITE_OUT_DIR, served by the site server that reads it from disk;
 * - SITE_BUILD_HOOK_URL set (or SITE_UPDATE=hook): the CMS POSTs to that URL,
 *   a static host's deploy hook or a CI dispatch;
 * - otherwise nothing is triggered (the update jobs still record why).
 * SITE_UPDATE_DEBOUNCE_MS: edits within this time share one update.
 */
import path from 'node:path'
import { type CmsSettings, cmsSettings } from '../config/settings.ts'
import { CMS_ROOT } from '../db/location.ts'

export type SiteUpdateMode = 'local' | 'hook' | 'off'

export type SiteUpdateSettings = {
  mode: SiteUpdateMode
  hookUrl?: string
  debounceMs: number
  /** The folder the site package lives in, for a local build. */
  siteDir: string
}

export function siteUpdateSettings(settings: CmsSettings = cmsSettings()): SiteUpdateSettings {
  const { mode: asked, hookUrl, debounceMs } = settings.publishing
  const mode: SiteUpdateMode = asked === 'local' || asked === 'off' ? asked : hookUrl ? 'hook' : asked === 'hook' ? 'hook' : 'off'
  return {
    mode,
    hookUrl,
    debounceMs,
    siteDir: path.resolve(CMS_ROOT, '..', 'site'),
  }
}
