/**
 * The environment variables the CMS reads, each checked and given its
 * default here, once. This is the one file in cms/src that reads
 * `process.env` (issue 20); settings.ts groups the values for the code, and
 * docs/DEPLOY.md's table is checked against this schema
 * (test/deploy-variables.test.ts).
 *
 * Plain TypeScript over zod and the shared default ports (a plain file in
 * schemas/): next.config.mjs and scripts/serve.mjs load it with Node's own
 * type stripping, before any bundler runs.
 */
import { z } from 'zod'
import { DEFAULT_ADDRESSES, DEFAULT_PORTS } from '@toolkit/schemas/ports'

/** A wrong setting; the message names the variable, in Dutch. */
export class ConfigError extends Error {}

type Ctx = z.core.$RefinementCtx<unknown>

function refuse(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER as never
}

/** Empty or blank counts as unset, as it always has for these variables. */
const text = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined)

/** A secret or password exactly as given (spaces are part of it); empty is unset. */
const verbatim = z
  .string()
  .optional()
  .transform((value) => value || undefined)

const integer = (fallback: number, min: number, max: number, rule: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const given = value?.trim()
      if (!given) return fallback
      const number = Number(given)
      if (!Number.isInteger(number) || number < min || number > max) return refuse(ctx, `${rule} (niet "${value}").`)
      return number
    })

const port = (fallback: number) => integer(fallback, 1, 65_535, 'is geen poortnummer: gebruik een geheel getal van 1 tot en met 65535')
const milliseconds = (fallback: number) => integer(fallback, 0, 24 * 60 * 60 * 1000, 'moet een aantal milliseconden zijn, een geheel getal vanaf 0')

/** `true` or `false`; unset when empty. */
const optionalFlag = text.transform((value, ctx) => {
  if (value === undefined) return undefined
  if (value === 'true' || value === 'false') return value === 'true'
  return refuse(ctx, `moet true of false zijn (niet "${value}").`)
})

const flag = (fallback: boolean) => optionalFlag.transform((value) => value ?? fallback)

/** The origin of an absolute URL, or undefined after saying what is wrong. */
function originOf(value: string, ctx: Ctx, example: string, show = true): string | undefined {
  try {
    return new URL(value).origin
  } catch {
    // A hook URL carries its token in the address: never echo it into a log.
    ctx.addIssue({ code: 'custom', message: `is geen geldige URL${show ? `: "${value}"` : ''}. Gebruik bijvoorbeeld ${example}.` })
    return undefined
  }
}

/** An optional absolute URL, without trailing slashes. */
const url = (example: string, show = true) =>
  text.transform((value, ctx) => {
    if (value === undefined) return undefined
    if (originOf(value, ctx, example, show) === undefined) return z.NEVER
    return value.replace(/\/+$/, '')
  })

/** The schemes the CMS has an adapter for (database.ts); anything else with a scheme is a mistake, not a file name. */
const DATABASE_SCHEMES = ['mongodb:', 'mongodb+srv:', 'file:', 'libsql:']

/** The environment variables the CMS reads, each documented once (docs/DEPLOY.md lists them for operators). */
export const environmentShape = {
  // Process facts, set by Node, npm, Next.js or our scripts rather than by an operator.
  /** `production` under `next start` (scripts/serve.mjs sets it from its mode). */
  NODE_ENV: text,
  /** Set by Next.js; `phase-production-build` while `next build` loads the config. */
  NEXT_PHASE: text,
  /** Where `npm run …` was started, so a script resolves the paths a user typed. */
  INIT_CWD: text,
  /** A build folder of its own for a second development server in one checkout (the e2e tests). */
  NEXT_DIST_DIR: text.transform((value) => value ?? '.next'),

  /** The database: `mongodb://…`, `mongodb+srv://…`, `file:…`, `libsql:…` or a path to a SQLite file; default cms/data/toolkit.db (db/location.ts). */
  DATABASE_URL: text.transform((value, ctx) => {
    const scheme = value?.match(/^([a-z][a-z0-9+.-]*:)\/\//i)?.[1]?.toLowerCase()
    if (scheme && !DATABASE_SCHEMES.includes(scheme)) {
      // Only the scheme: the rest may hold a password.
      return refuse(ctx, `heeft een onbekend schema: "${scheme}". Gebruik mongodb://, mongodb+srv://, file:, libsql: of een pad naar een SQLite-bestand.`)
    }
    return value
  }),
  /** How long a SQLite write waits for another process's lock before the request answers 503. */
  SQLITE_BUSY_TIMEOUT_MS: milliseconds(10_000),

  /** Signs sessions; production refuses a missing, default or short one (secret.ts). */
  PAYLOAD_SECRET: text,
  /** Signs draft-preview tokens, shared with the site's preview server; production refuses a missing or short one. */
  PREVIEW_SECRET: text,

  /** Where browsers reach the CMS; wins over CMS_URL (security/origins.ts). */
  PAYLOAD_PUBLIC_SERVER_URL: url('https://cms.example.org'),
  /** The CMS's address for server-side callers (the site build, `npm run restore`). */
  CMS_URL: url('https://cms.example.org'),
  /** The port the CMS listens on (scripts/server.mjs); its address when no URL is set. */
  PORT: port(DEFAULT_PORTS.cms),
  /** The address the CMS listens on (scripts/server.mjs); unset: 127.0.0.1 in development, every interface in production. */
  HOST: text,
  /** Comma-separated origins that may call the API from a browser, without credentials; `*` for any. Empty: none. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) =>
      (value ?? DEFAULT_ADDRESSES.site)
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)
        .map((origin) => (origin === '*' ? origin : (originOf(origin, ctx, 'https://toolkit.example.org') ?? origin))),
    ),
  /** How many reverse proxies of our own add X-Forwarded-For (auth/clientAddress.ts). */
  PROXY_HOPS: integer(0, 0, 5, 'moet een geheel getal van 0 tot en met 5 zijn'),

  /** The public site, for "Bekijk op de site", oEmbed in the API docs, and the origin evaluations come from. */
  SITE_URL: url('https://toolkit.example.org'),
  /** The site's local port, when SITE_URL is unset. */
  SITE_PORT: port(DEFAULT_PORTS.site),
  /** Sub-path the site is served under. */
  SITE_BASE: text.transform((value) => value ?? '/'),
  /** Where editors' browsers reach the preview server. */
  PREVIEW_URL: url('https://voorbeeld.toolkit.example.org'),
  /** The preview server's port, when PREVIEW_URL is unset. */
  PREVIEW_PORT: port(DEFAULT_PORTS.preview),

  /** Mail server for password-reset mail; unset, mail goes to the log (email.ts). */
  SMTP_HOST: text,
  SMTP_PORT: port(587),
  SMTP_USER: text,
  SMTP_PASS: verbatim,
  /** TLS from the first byte; unset: only on port 465, STARTTLS otherwise. */
  SMTP_SECURE: optionalFlag,
  /** Sender, `adres` or `Naam <adres>`. */
  EMAIL_FROM: text,

  /** Folder of uploaded files, relative to cms/. */
  MEDIA_DIR: text.transform((value) => value ?? 'media'),
  /** Uploads in this S3-compatible bucket instead of MEDIA_DIR (storage/objectStorage.ts). */
  S3_BUCKET: text,
  S3_ENDPOINT: url('https://s3.eu-central-1.example.net'),
  S3_REGION: text.transform((value) => value ?? 'us-east-1'),
  S3_ACCESS_KEY_ID: text,
  S3_SECRET_ACCESS_KEY: text,
  /** The bucket in the path; unset: when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: optionalFlag,

  /** What publishing does: `local` builds the site here, `hook` calls SITE_BUILD_HOOK_URL, `off` nothing (publishing/settings.ts). */
  SITE_UPDATE: text.transform((value, ctx) => {
    if (value === undefined || value === 'local' || value === 'hook' || value === 'off') return value
    return refuse(ctx, `moet local, hook of off zijn (niet "${value}").`)
  }),
  /** A static host's deploy hook, POSTed after publishing. */
  SITE_BUILD_HOOK_URL: url('https://api.netlify.com/build_hooks/…', false),
  /** Edits within this time share one site update. */
  SITE_UPDATE_DEBOUNCE_MS: milliseconds(2_000),
  /** `false` on instances that should not run the jobs queue. */
  JOBS_AUTORUN: flag(true),
  /** Lets a scheduler run the queue with `Authorization: Bearer <secret>` (security/jobsRunAccess.ts). */
  JOBS_RUN_SECRET: verbatim,

  /** Creates this admin on start when it does not exist (bootstrap.ts). */
  ADMIN_EMAIL: text,
  ADMIN_PASSWORD: verbatim,
  /** `false`: an empty database stays empty. */
  SEED_ON_START: flag(true),
  /** The code for the first account from another computer; unset: random per process (auth/firstAccount.ts). */
  SETUP_TOKEN: text,
}

const environmentSchema = z.object(environmentShape).superRefine((env, ctx) => {
  if (env.S3_BUCKET && Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({
      code: 'custom',
      path: [env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
      message: 'ontbreekt: zet S3_ACCESS_KEY_ID en S3_SECRET_ACCESS_KEY allebei, of geen van beide (dan gelden de gewone AWS-instellingen van de server).',
    })
  }
})

export type Environment = z.output<typeof environmentSchema>

/** The names of every variable the CMS reads. */
export const VARIABLES = Object.keys(environmentShape) as (keyof typeof environmentShape)[]

/** Checks an environment (process.env, or a plain object in tests); a wrong value throws a ConfigError naming its variable. */
export function parseEnvironment(env: Record<string, string | undefined>): Environment {
  const parsed = environmentSchema.safeParse(env)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
  throw new ConfigError(`Ongeldige instelling: ${problems.join(' ')}`)
}

let cached: { key: string; environment: Environment } | undefined

/**
 * The process's environment, checked. Read on every call and parsed again
 * only when one of the CMS's variables changed, so a test that sets a
 * variable before starting a CMS (or between two) never sees an old value.
 */
export function processEnvironment(): Environment {
  const key = VARIABLES.map((name) => process.env[name] ?? '\u0000').join('\u0001')
  if (cached?.key !== key) cached = { key, environment: parseEnvironment(process.env) }
  return cached.environment
}

/** The environment a child process (the site build) inherits, with `extra` on top. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
