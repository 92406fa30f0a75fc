/**
 * A small in-memory limit on evaluation answers per sender, so a script
 * cannot flood the results. The sender's address is only hashed here, in
 * memory, with a key made at start-up, and forgotten when its window ends;
 * it is never written to the database or a log.
 */
import { createHash, randomBytes } from 'node:crypto'

const KEY = randomBytes(16).toString('hex')

export type RateLimit = { allow(sender: string, now?: number): boolean }

export function rateLimit(max: number, windowMs: number): RateLimit {
  const seen = new Map<string, number[]>()
  return {
    allow(sender, now = Date.now()) {
      const id = createHash('sha256').update(KEY).update(sender).digest('base64url')
      const recent = (seen.get(id) ?? []).filter((time) => now - time < windowMs)
      // Forget senders whose window is over, so the map does not grow.
      if (seen.size > 10_000) for (const [key, times] of seen) if (times.every((time) => now - time >= windowMs)) seen.delete(key)
      if (recent.length >= max) {
        seen.set(id, recent)
        return false
      }
      recent.push(now)
      seen.set(id, recent)
      return true
    },
  }
}

/** The sender's address as the proxy in front of the CMS passes it; only ever used as a rate-limit key. */
export function senderOf(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim() || 'onbekend'
}
