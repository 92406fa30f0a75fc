/** A short, stable hash of any JSON value (keys sorted, as the PDF cache keys are). */
import { createHash } from 'node:crypto'
import { canonicalJson } from '../pdf/job-hash.ts'

export function hashOf(value: unknown): string {
  return hashOfText(canonicalJson(value) ?? 'undefined')
}

/** The same short hash of a text. */
export function hashOfText(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22)
}
