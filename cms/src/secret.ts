import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CmsSettings } from './config/settings.ts'

/** Secrets that appear in templates and tutorials; never acceptable in production. */
const KNOWN_DEFAULTS = new Set(['', 'secret', 'changeme', 'change-me', 'your_secret_here', 'your-secret-here', 'payload'])
const MIN_LENGTH = 32

export class SecretError extends Error {}

/**
 * The secret that signs sessions. Production refuses to start without a real
 * one from the environment; local development generates one once and keeps it
 * in the (git-ignored) data folder so logins survive restarts.
 */
export function resolveSecret(settings: Pick<CmsSettings, 'secrets' | 'production' | 'buildPhase'>, dataDir: string): string {
  const given = settings.secrets.payload
  // `next build` loads the config to prerender the admin shell but signs
  // nothing; the running server (next start) is where the rule applies.
  if (settings.buildPhase && !given) return crypto.randomBytes(32).toString('hex')
  if (settings.production) {
    if (!given) {
      throw new SecretError('PAYLOAD_SECRET ontbreekt. Zet in productie een geheime, willekeurige waarde van minstens 32 tekens (bijv. `openssl rand -hex 32`).')
    }
    if (KNOWN_DEFAULTS.has(given.toLowerCase()) || given.length < MIN_LENGTH) {
      throw new SecretError(`PAYLOAD_SECRET is een standaardwaarde of korter dan ${MIN_LENGTH} tekens. Zet een geheime, willekeurige waarde (bijv. \`openssl rand -hex 32\`).`)
    }
    return given
  }
  if (given) return given
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const generated = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, generated, { mode: 0o600 })
  return generated
}
