/**
 * The origins the CMS trusts, defined once: its own public address and the
 * sites that call its API from a browser. payload.config.ts (serverURL, cors,
 * csrf), collections/Users.ts (secure cookies) and next.config.mjs (HSTS,
 * through headers.ts) read them from here; the addresses themselves come
 * from the settings (config/settings.ts).
 */
import { type CmsSettings, cmsSettings } from '../config/settings.ts'

/** Where browsers reach the CMS: PAYLOAD_PUBLIC_SERVER_URL, else CMS_URL, else localhost on PORT. */
export function cmsServerUrl(settings: CmsSettings = cmsSettings()): string {
  return settings.cms.serverUrl
}

/** Origins of the sites that may call the API from a browser (CORS_ORIGINS, comma-separated). */
export function corsOrigins(settings: CmsSettings = cmsSettings()): string[] {
  return settings.corsOrigins
}

/**
 * Origins whose requests may use the session cookie: the CMS itself (its
 * admin), nothing else. The sites in CORS_ORIGINS call the API without
 * credentials (security/cors.ts); Payload ignores the cookie on a request
 * from any other Origin, or on a cross-site request without one.
 */
export function csrfOrigins(settings: CmsSettings = cmsSettings()): string[] {
  return [settings.cms.serverUrl]
}

/** True when browsers reach the CMS over https. */
export function servedOverHttps(settings: CmsSettings = cmsSettings()): boolean {
  return settings.cms.serverUrl.startsWith('https:')
}

/**
 * The session cookie carries `Secure` whenever the CMS is public over https,
 * and always in production, so it is never sent over plain http there.
 */
export function secureCookies(settings: CmsSettings = cmsSettings()): boolean {
  return servedOverHttps(settings) || settings.production
}
