import crypto from 'node:crypto'
import { promisify } from 'node:util'

/**
 * Checks a password against the hash Payload stored, and burns the same work
 * for a hash that does not exist. Payload does not export its check, so the
 * parameters mirror payload/dist/auth/strategies/local/generatePasswordSaltHash.js
 * (3.90): `pbkdf2-sha256-v1:` hashes use 600,000 iterations and 32 bytes,
 * older ones 25,000 and 512. If Payload changes them, the timing test in
 * test/security.int.test.ts fails.
 */
const pbkdf2 = promisify(crypto.pbkdf2)
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

function parameters(hash: string): { stored: string; iterations: number; keyLength: number } {
  if (hash.startsWith(CURRENT_PREFIX)) return { stored: hash.slice(CURRENT_PREFIX.length), ...CURRENT }
  return { stored: hash, ...LEGACY }
}

/** True when `password` matches the stored salt and hash. */
export async function verifyPassword(password: string, stored: { salt?: unknown; hash?: unknown }): Promise<boolean> {
  if (typeof stored.salt !== 'string' || typeof stored.hash !== 'string') return false
  const { stored: expected, iterations, keyLength } = parameters(stored.hash)
  const actual = await pbkdf2(password, stored.salt, iterations, keyLength, 'sha256')
  const expectedBuffer = Buffer.from(expected, 'hex')
  return actual.length === expectedBuffer.length && crypto.timingSafeEqual(actual, expectedBuffer)
}

/** The cost of one password check, spent for nothing (an unknown email address). */
export async function hashForNothing(password: string): Promise<void> {
  await pbkdf2(password, 'geen-account', CURRENT.iterations, CURRENT.keyLength, 'sha256')
}
