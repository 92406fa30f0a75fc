/**
 * The documents of the snapshot in BASELINE_SNAPSHOT, each as a title and
 * its text: every string of the document, in order (the same content the
 * real site renders, without its templates).
 */
import { readFileSync } from 'node:fs'

function* textsOf(value) {
  if (typeof value === 'string') yield value
  else if (Array.isArray(value)) for (const item of value) yield* textsOf(item)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* textsOf(item)
}

let cached
export function documents() {
  if (cached) return cached
  const file = process.env.BASELINE_SNAPSHOT
  if (!file) throw new Error('BASELINE_SNAPSHOT ontbreekt: het snapshotbestand waaruit de baseline bouwt')
  const { collections } = JSON.parse(readFileSync(file, 'utf8'))
  cached = Object.entries(collections).flatMap(([collection, docs]) =>
    docs.map((doc) => ({ collection, slug: doc.slug, title: doc.title ?? doc.name ?? doc.slug, texts: [...textsOf(doc)] })),
  )
  return cached
}
