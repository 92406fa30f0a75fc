/**
 * The origins the CMS trusts, defined once: its own public address and the
 * sites that call its API from a browser. payload.config.ts (serverURL, cors,
 * csrf, secure cookies) and next.config.mjs (HSTS) both read them from here.
 * Plain JavaScript, because next.config.mjs loads it without a TypeScript step.
 */

const DEFAULT_CORS_ORIGINS = 'http://localhost:4321'

/** `https://cms.example.org/` → `https://cms.example.org`; a clear error for anything that is not a URL. */
function originOf(value, variable) {
  try {
    return new URL(value).origin
  } catch {
    throw new Error(`${variable} is geen geldige URL: "${value}". Gebruik bijvoorbeeld https://cms.example.org.`)
  }
}

/**
 * Where browsers reach the CMS. PAYLOAD_PUBLIC_SERVER_URL wins over CMS_URL,
 * because the site build may read the CMS at an internal address (CMS_URL)
 * that browsers never see.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function cmsServerUrl(env = process.env) {
  const publicUrl = env.PAYLOAD_PUBLIC_SERVER_URL?.trim()
  if (publicUrl) return originOf(publicUrl, 'PAYLOAD_PUBLIC_SERVER_URL')
  const cmsUrl = env.CMS_URL?.trim()
  if (cmsUrl) return originOf(cmsUrl, 'CMS_URL')
  return `http://localhost:${env.PORT?.trim() || '3000'}`
}

/**
 * Origins of the sites that may call the API from a browser (CORS_ORIGINS, comma-separated).
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function corsOrigins(env = process.env) {
  return (env.CORS_ORIGINS ?? DEFAULT_CORS_ORIGINS)
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => (origin === '*' ? origin : originOf(origin, 'CORS_ORIGINS')))
}

/**
 * Origins whose requests may use the session cookie: the CMS itself (its
 * admin), nothing else. The sites in CORS_ORIGINS call the API without
 * credentials (security/cors.ts); Payload ignores the cookie on a request
 * from any other Origin, or on a cross-site request without one.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function csrfOrigins(env = process.env) {
  return [cmsServerUrl(env)]
}

/**
 * True when browsers reach the CMS over https.
 * @param {Record<string, string | undefined>} [env]
 */
export function servedOverHttps(env = process.env) {
  return cmsServerUrl(env).startsWith('https:')
}

/**
 * The session cookie carries `Secure` whenever the CMS is public over https,
 * and always in production, so it is never sent over plain http there.
 * @param {Record<string, string | undefined>} [env]
 */
export function secureCookies(env = process.env) {
  return servedOverHttps(env) || env.NODE_ENV === 'production'
}
