/**
 * Short, stable hashes of any JSON value and of texts, and the canonical
 * JSON (keys sorted) both they and the PDF cache keys (pdf/generate.ts) are
 * made from: the same content always gives the same key, whatever order the
 * CMS wrote the fields in.
 */
import { createHash } from 'node:crypto'

export function canonicalJson(value: unknown): string {
  // The value copied with its keys sorted, then stringified without a replacer (a replacer is called for every value
  // and made hashing the content of 10,000 documents several times slower). The same text as JSON.stringify gives.
  return JSON.stringify(sortedKeys(value))
}

function sortedKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return sortedKeys((value as { toJSON: () => unknown }).toJSON())
  if (Array.isArray(value)) return value.map(sortedKeys)
  // fromEntries, not assignment: a key "__proto__" stays a key, as JSON.stringify writes it.
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]))
}

export function hashOf(value: unknown): string {
  return hashOfText(canonicalJson(value) ?? 'undefined')
}

/** The same short hash of a text. */
export function hashOfText(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22)
}
