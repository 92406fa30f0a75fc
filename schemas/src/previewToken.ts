/**
 * The draft-preview token: the one definition of its format, minted by the
 * CMS for an editor (`GET /api/preview/:collection/:id`) and checked by the
 * site's preview server (site/scripts/preview-server.mjs) and by the CMS when
 * that server asks for the draft.
 *
 * Format: `<payload>.<signature>`, both base64url; the payload is JSON
 * `{ c: collection, id, ca: createdAt, exp }` (exp in seconds since 1970),
 * the signature an HMAC-SHA256 of the payload text with PREVIEW_SECRET.
 * The document's creation time binds the token to that document, not only
 * to its id: SQLite gives a deleted document's id to the next one, and the
 * CMS answers 404 when they differ.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from './slugs.ts'

/** How long a preview link works: long enough to look, short enough not to matter when shared. */
export const PREVIEW_TOKEN_SECONDS = 10 * 60
const MIN_SECRET_LENGTH = 32

export type PreviewTarget = { collection: ContentCollectionSlug; id: string; /** The document's createdAt, as the CMS stores it. */ createdAt: string }
export type PreviewCheck = ({ ok: true } & PreviewTarget & { expiresAt: Date }) | { ok: false; reason: 'ontbreekt' | 'ongeldig' | 'verlopen' }

const sign = (text: string, secret: string) => crypto.createHmac('sha256', secret).update(text).digest('base64url')

/** A token for one document, valid for `seconds` from `now`. */
export function mintPreviewToken(target: PreviewTarget, secret: string, { now = Date.now(), seconds = PREVIEW_TOKEN_SECONDS } = {}): string {
  const payload = Buffer.from(JSON.stringify({ c: target.collection, id: String(target.id), ca: target.createdAt, exp: Math.floor(now / 1000) + seconds })).toString('base64url')
  return `${payload}.${sign(payload, secret)}`
}

/** Checks signature first, then content and expiry; says why a token is refused. */
export function verifyPreviewToken(token: string | null | undefined, secret: string, now = Date.now()): PreviewCheck {
  if (!token) return { ok: false, reason: 'ontbreekt' }
  const [payload, signature, ...rest] = token.split('.')
  if (!payload || !signature || rest.length > 0) return { ok: false, reason: 'ongeldig' }
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: 'ongeldig' }
  let claims: unknown
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'ongeldig' }
  }
  const { c, id, ca, exp } = (claims ?? {}) as { c?: unknown; id?: unknown; ca?: unknown; exp?: unknown }
  if (!CONTENT_COLLECTIONS.includes(c as ContentCollectionSlug) || typeof id !== 'string' || !id || typeof ca !== 'string' || !ca || typeof exp !== 'number') {
    return { ok: false, reason: 'ongeldig' }
  }
  if (exp * 1000 <= now) return { ok: false, reason: 'verlopen' }
  return { ok: true, collection: c as ContentCollectionSlug, id, createdAt: ca, expiresAt: new Date(exp * 1000) }
}

export class PreviewSecretError extends Error {}

/**
 * PREVIEW_SECRET, shared by the CMS and the site's preview server. Production
 * refuses a missing or short one; development generates one once in
 * `dataDir/.preview-secret` (the CMS's git-ignored data folder), which both
 * processes read.
 */
export function resolvePreviewSecret(env: Record<string, string | undefined>, dataDir: string): string {
  const given = env.PREVIEW_SECRET?.trim()
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    if (!given || given.length < MIN_SECRET_LENGTH) {
      throw new PreviewSecretError(`PREVIEW_SECRET ontbreekt of is korter dan ${MIN_SECRET_LENGTH} tekens. Zet in productie dezelfde geheime, willekeurige waarde voor het CMS en de voorbeeldserver (bijv. \`openssl rand -hex 32\`).`)
    }
    return given
  }
  if (given) return given
  const file = path.join(dataDir, '.preview-secret')
  fs.mkdirSync(dataDir, { recursive: true })
  try {
    // `wx`: whoever writes first wins; the other process reads that secret.
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  // The other process may be between creating the file and writing it: wait for a whole secret.
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const secret = fs.readFileSync(file, 'utf8').trim()
    if (secret.length >= MIN_SECRET_LENGTH) return secret
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
  }
  // Never sign with an empty or short key, not even in development.
  throw new PreviewSecretError(`${file} is leeg of te kort; verwijder het bestand, dan wordt er een nieuw geheim gemaakt.`)
}
