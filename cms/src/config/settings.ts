/**
 * The CMS's settings, grouped for the code that uses them and derived from
 * the checked environment (environment.ts) in one place: where browsers
 * reach the CMS, which origins it trusts, the preview and site addresses.
 *
 * `cmsSettings()` reads the process's environment each time it is called
 * (cheaply, see processEnvironment), so call it where the value is needed,
 * not at module load. Tests hand it a plain object instead.
 */
import { localAddress } from '@toolkit/schemas/ports'
import { type Environment, parseEnvironment, processEnvironment } from './environment.ts'

export { ConfigError, childEnvironment } from './environment.ts'

function settingsOf(env: Environment) {
  const production = env.NODE_ENV === 'production'
  // PAYLOAD_PUBLIC_SERVER_URL wins over CMS_URL: the site build may read the CMS at an internal address browsers never see.
  const cmsPublic = env.PAYLOAD_PUBLIC_SERVER_URL ?? env.CMS_URL
  const siteUrl = env.SITE_URL ?? localAddress(env.SITE_PORT)
  const mailPort = env.SMTP_PORT
  return {
    /** Under `next start` (NODE_ENV=production). */
    production,
    nodeEnv: env.NODE_ENV,
    /** `next build` loads the config to prerender the admin shell, but signs nothing. */
    buildPhase: env.NEXT_PHASE === 'phase-production-build',
    nextPhase: env.NEXT_PHASE,
    /** Where the user started `npm run …`; relative paths they typed start there. */
    initCwd: env.INIT_CWD ?? process.cwd(),
    nextDistDir: env.NEXT_DIST_DIR,
    database: { url: env.DATABASE_URL, busyTimeoutMs: env.SQLITE_BUSY_TIMEOUT_MS },
    secrets: { payload: env.PAYLOAD_SECRET, preview: env.PREVIEW_SECRET },
    cms: {
      /** The CMS's own origin in browsers: links in mail, the admin, the only origin whose session cookie counts. */
      serverUrl: cmsPublic ? new URL(cmsPublic).origin : `http://localhost:${env.PORT}`,
      /** Where a script on this machine reaches the CMS. */
      url: env.CMS_URL ?? `http://localhost:${env.PORT}`,
      port: env.PORT,
      host: env.HOST,
    },
    /** Origins that may call the API from a browser, without credentials. */
    corsOrigins: env.CORS_ORIGINS,
    proxyHops: env.PROXY_HOPS,
    site: {
      url: siteUrl,
      base: env.SITE_BASE,
      /** The origin evaluation forms are sent from: only a SITE_URL that is set (CORS_ORIGINS covers the default site). */
      configuredOrigin: env.SITE_URL ? new URL(env.SITE_URL).origin : undefined,
    },
    preview: { url: env.PREVIEW_URL ?? `http://localhost:${env.PREVIEW_PORT}` },
    mail: {
      host: env.SMTP_HOST,
      port: mailPort,
      user: env.SMTP_USER,
      pass: env.SMTP_PASS,
      // 465 speaks TLS from the first byte; other ports upgrade with STARTTLS, which production requires.
      secure: env.SMTP_SECURE ?? mailPort === 465,
      requireTls: production && mailPort !== 465,
      from: env.EMAIL_FROM,
    },
    storage: {
      /** Relative to cms/ (db/location.ts resolves it). */
      mediaDir: env.MEDIA_DIR,
      s3: env.S3_BUCKET
        ? {
            bucket: env.S3_BUCKET,
            endpoint: env.S3_ENDPOINT,
            region: env.S3_REGION,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            // Most S3-compatible servers (MinIO, Ceph, s3rver) want the bucket in the path, not in the host name.
            forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
          }
        : undefined,
    },
    publishing: {
      mode: env.SITE_UPDATE,
      hookUrl: env.SITE_BUILD_HOOK_URL,
      debounceMs: env.SITE_UPDATE_DEBOUNCE_MS,
      jobsAutorun: env.JOBS_AUTORUN,
      jobsRunSecret: env.JOBS_RUN_SECRET,
    },
    accounts: {
      adminEmail: env.ADMIN_EMAIL,
      adminPassword: env.ADMIN_PASSWORD,
      seedOnStart: env.SEED_ON_START,
      setupToken: env.SETUP_TOKEN,
    },
  }
}

export type CmsSettings = ReturnType<typeof settingsOf>

let last: { env: Environment; settings: CmsSettings } | undefined

/**
 * The settings from `env` (a plain object, in tests), or from the process's
 * environment as it is now. A wrong value throws a ConfigError that names
 * the variable.
 */
export function cmsSettings(env?: Record<string, string | undefined>): CmsSettings {
  if (env) return settingsOf(parseEnvironment(env))
  const current = processEnvironment()
  if (last?.env !== current) last = { env: current, settings: settingsOf(current) }
  return last.settings
}
