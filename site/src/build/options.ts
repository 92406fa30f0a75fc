/**
 * The site's configuration, checked once here (zod), with every default in
 * one place:
 *
 * - `siteSettings()`: the settings from the environment, the one place in
 *   src/ that reads it (pages, integrations and scripts take them from here);
 * - `serverSettings()`: the static server's and the preview server's
 *   (ports, folder, sub-path), so those scripts read no variable themselves;
 * - `buildOptions()`: what scripts/build.mjs tells one `astro build` about
 *   the build around it, as options of the site's integrations
 *   (site-config.ts): the live site and its state to build on, where the
 *   new state and the summary go, and whether the index is left to the
 *   script. A plain `astro build` gives none of them: a full build without
 *   state that makes its own index.
 */
import { resolve } from 'node:path'
import { z } from 'zod'
import { DEFAULT_ADDRESSES, DEFAULT_PORTS } from '@toolkit/schemas/ports'

/** A variable that is unset or empty counts as `fallback`. */
const text = <T extends string | undefined>(fallback: T) =>
  z
    .string()
    .optional()
    .transform((value) => value || fallback)
const optional = text(undefined)
const address = (fallback: string) => text(fallback).transform((value) => value.replace(/\/+$/, ''))

/** The environment variables the site's build reads, each documented once (README "Settings"). */
const environmentSchema = z.object({
  /** A snapshot file to build from instead of the CMS (a path, relative to where the build started). */
  CONTENT_SNAPSHOT: optional,
  /** The CMS the content comes from (`GET <CMS_URL>/api/snapshot`), also named on /open-data/ as the API's address. */
  CMS_URL: address(DEFAULT_ADDRESSES.cms),
  /** The CMS as browsers reach it, where evaluation forms send their answers; default CMS_URL. */
  CMS_PUBLIC_URL: optional,
  /** Public address of the site: embed snippets, oEmbed, the links and QR codes in PDFs. */
  SITE_URL: address(DEFAULT_ADDRESSES.site),
  /** Sub-path the site is served under. */
  SITE_BASE: text('/'),
  /** Comma-separated origins that may frame the embed views; empty: any (src/http/embed-policy.mjs). */
  EMBED_ALLOWED_ORIGINS: text(''),
  /** Output folder. */
  SITE_OUT_DIR: optional,
  /** Where PDFs are kept between builds, e.g. a benchmark's own (src/integrations/pdf.ts). */
  PDF_CACHE_DIR: optional,
  /** `1`: render every page (scripts/build.mjs). */
  SITE_FULL_BUILD: optional.transform((value) => value === '1'),
  /** A file to write the build report to, as JSON (scripts/build.mjs). */
  BUILD_REPORT: optional,
})

/** The environment a child process gets (the build's `astro build`): this one, with `extra` on top. */
export function childEnvironment(extra: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, ...extra }
}

/** The site's settings from the environment; a wrong one names its variable. */
export function siteSettings(env: Record<string, string | undefined> = process.env) {
  const settings = parsed(environmentSchema, env, 'Ongeldige instelling')
  return {
    content: settings.CONTENT_SNAPSHOT
      ? ({ kind: 'file', path: resolve(settings.CONTENT_SNAPSHOT) } as const)
      : ({ kind: 'cms', url: settings.CMS_URL } as const),
    cmsUrl: settings.CMS_URL,
    cmsPublicUrl: (settings.CMS_PUBLIC_URL ?? settings.CMS_URL).replace(/\/+$/, ''),
    siteUrl: settings.SITE_URL,
    /** SITE_URL was left unset: the site names the local default address (DEFAULT_ADDRESSES.site). */
    siteUrlDefaulted: !env.SITE_URL,
    base: settings.SITE_BASE,
    embedAllowedOrigins: settings.EMBED_ALLOWED_ORIGINS,
    outDir: settings.SITE_OUT_DIR,
    pdfCacheDir: settings.PDF_CACHE_DIR,
    fullBuild: settings.SITE_FULL_BUILD,
    buildReport: settings.BUILD_REPORT,
  }
}

/** The variables of the two servers (scripts/serve.mjs, scripts/preview-server.mjs), each default once. */
const serverSchema = z.object({
  /** Folder of the built site the servers read; default site/dist. */
  SITE_DIST: optional,
  /** Sub-path the static server serves the site under. */
  BASE_PATH: text('/'),
  /** Port of the static server; `0`: a free port. */
  PORT: port(DEFAULT_PORTS.site),
  /** Port of the preview server. */
  PREVIEW_PORT: port(DEFAULT_PORTS.preview),
  /** Interface both servers listen on; default every interface. */
  HOST: optional,
  /** The preview tokens' key, shared with the CMS (schemas' resolvePreviewSecret; a file in cms/data when unset outside production). */
  PREVIEW_SECRET: optional,
  NODE_ENV: optional,
})

function port(fallback: number) {
  return text(String(fallback)).transform((value, context) => {
    const number = Number(value)
    if (Number.isInteger(number) && number >= 0 && number <= 65535) return number
    context.addIssue({ code: 'custom', message: `is geen poortnummer (niet "${value}")` })
    return z.NEVER
  })
}

/** The servers' settings from the environment, with the site's (CMS address); a wrong one names its variable. */
export function serverSettings(env: Record<string, string | undefined> = process.env) {
  const { SITE_DIST, BASE_PATH, PORT, PREVIEW_PORT, HOST, PREVIEW_SECRET, NODE_ENV } = parsed(serverSchema, env, 'Ongeldige instelling')
  const { cmsUrl, cmsPublicUrl } = siteSettings(env)
  return {
    distDir: SITE_DIST ? resolve(SITE_DIST) : undefined,
    base: BASE_PATH,
    port: PORT,
    previewPort: PREVIEW_PORT,
    host: HOST,
    cmsUrl,
    cmsPublicUrl,
    /** What schemas' resolvePreviewSecret reads. */
    previewSecretEnv: { PREVIEW_SECRET, NODE_ENV },
  }
}

const buildOptionsSchema = z.strictObject({
  /** The live site and its build state; without them the build is full (src/integrations/incremental.ts). */
  previous: z.strictObject({ output: z.string().min(1), state: z.string().min(1).optional() }).optional(),
  /** Render every page, keeping the previous build's hashed files for browsers that hold its pages (SITE_FULL_BUILD). */
  full: z.boolean().default(false),
  /** Where to write the state for the next build. */
  nextState: z.string().min(1).optional(),
  /** Where to write this build's summary (phases, counts) as JSON, for the script's report. */
  summaryFile: z.string().min(1).optional(),
  /** The script builds the search index itself once the pages are live. */
  deferIndex: z.boolean().default(false),
  /** Leave the PDFs for after the pages when many are missing, their jobs written to this file (src/integrations/pdf.ts). */
  deferredPdfs: z.string().min(1).optional(),
  /** Output folder, instead of SITE_OUT_DIR (the script builds into a fresh folder beside the live one). */
  outDir: z.string().min(1).optional(),
})

export type BuildOptions = z.output<typeof buildOptionsSchema>
export type BuildOptionsInput = z.input<typeof buildOptionsSchema>

/** The options, checked; a wrong one names its field. */
export function buildOptions(input: unknown = {}): BuildOptions {
  return parsed(buildOptionsSchema, input, 'Ongeldige bouwopties')
}

/** `input` checked by `schema`; else an error starting with `message` that names each wrong field. */
function parsed<S extends z.ZodType>(schema: S, input: unknown, message: string): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new Error(`${message}: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(geheel)'}: ${issue.message}`).join('; ')}`)
}
