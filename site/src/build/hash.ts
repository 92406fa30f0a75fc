/** A short, stable hash of any JSON value (keys sorted, as the PDF cache keys are). */
import { createHash } from 'node:crypto'
import { canonicalJson } from '../pdf/job-hash.ts'

export function hashOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value) ?? 'undefined').digest('base64url').slice(0, 22)
}
