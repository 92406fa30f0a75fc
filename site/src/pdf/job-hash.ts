/**
 * A job's cache key: the renderer's fingerprint plus the job as canonical
 * JSON (keys sorted), so the same content always gives the same key,
 * whatever order the CMS wrote the fields in.
 */
import { createHash } from 'node:crypto'
import type { PdfJob } from './job-types.ts'

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}

export function jobHash(job: PdfJob, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update('\n').update(canonicalJson(job)).digest('hex')
}
