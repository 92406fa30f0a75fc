import { createHash } from 'node:crypto'
import type { ContentCollectionSlug } from './slugs.ts'

/** The version of content: a hash of the `collections` object's JSON, as the snapshot holds it. */
const versionOf = (hash: ReturnType<typeof createHash>) => hash.digest('hex').slice(0, 16)

/**
 * Wraps documents (already in schema shape, each with `updatedAt`) into the
 * snapshot format (`snapshotSchema`): `generatedAt` and a `contentVersion`
 * that changes whenever any document changes. The one wrapper used by the
 * CMS (`GET /api/snapshot`), the site's scripts and the benchmark.
 */
export function wrapSnapshot<T extends { readonly [C in ContentCollectionSlug]?: readonly unknown[] }>(
  collections: T,
  generatedAt: string = new Date().toISOString(),
  openData?: object,
): { generatedAt: string; contentVersion: string; openData?: object; collections: T } {
  const hash = createHash('sha256').update(JSON.stringify(collections))
  const contentVersion = versionOf(hashOpenData(hash, openData))
  return { generatedAt, contentVersion, ...(isSet(openData) ? { openData } : {}), collections }
}

/** Settings without a single field are as good as none: the snapshot leaves them out. */
const isSet = (openData: object | undefined): openData is object => openData !== undefined && Object.keys(openData).length > 0

/**
 * The open-data settings (publisher, licence) count as content: changing
 * them changes the version, so the site is rebuilt. Hashed after the
 * collections, and only when set, so a snapshot without them keeps the
 * version it always had.
 */
const hashOpenData = (hash: ReturnType<typeof createHash>, openData: object | undefined) =>
  isSet(openData) ? hash.update(JSON.stringify(openData)) : hash

/** What a streamed snapshot held, known once its last chunk is written. */
export type SnapshotSummary = { contentVersion: string; counts: Partial<Record<ContentCollectionSlug, number>> }

/**
 * The same snapshot as `wrapSnapshot`, written as it is read: each
 * collection's documents arrive in pages, are written as JSON text and
 * forgotten, so memory stays that of one page however large the content.
 * The text is exactly `JSON.stringify` of the collections, hashed as it goes,
 * so `contentVersion` (written last, after `collections`) is the one
 * `wrapSnapshot` gives for the same documents. An error while reading ends
 * the stream with that error, so a half snapshot is never valid JSON.
 */
export function streamSnapshot(
  pages: Iterable<readonly [ContentCollectionSlug, AsyncIterable<readonly unknown[]>]>,
  generatedAt: string = new Date().toISOString(),
  openData?: () => Promise<object | undefined>,
): { chunks: AsyncIterable<string>; summary: Promise<SnapshotSummary> } {
  let settle!: { resolve: (summary: SnapshotSummary) => void; reject: (error: unknown) => void }
  const summary = new Promise<SnapshotSummary>((resolve, reject) => (settle = { resolve, reject }))
  // Whoever only reads the chunks must not get an unhandled rejection too.
  summary.catch(() => {})
  async function* chunks(): AsyncGenerator<string> {
    try {
      const hash = createHash('sha256')
      const counts: SnapshotSummary['counts'] = {}
      const hashed = (text: string) => (hash.update(text), text)
      // Read when the first chunk is asked for, like the collections.
      const settings = await openData?.()
      const settingsText = isSet(settings) ? `"openData":${JSON.stringify(settings)},` : ''
      yield `{"generatedAt":${JSON.stringify(generatedAt)},${settingsText}"collections":${hashed('{')}`
      let firstCollection = true
      for (const [collection, docPages] of pages) {
        yield hashed(`${firstCollection ? '' : ','}${JSON.stringify(collection)}:[`)
        firstCollection = false
        let count = 0
        for await (const docs of docPages) {
          if (docs.length === 0) continue
          yield hashed(`${count === 0 ? '' : ','}${docs.map((doc) => JSON.stringify(doc)).join(',')}`)
          count += docs.length
        }
        counts[collection] = count
        yield hashed(']')
      }
      const contentVersion = versionOf(hashOpenData(hash.update('}'), settings))
      yield `},"contentVersion":${JSON.stringify(contentVersion)}}`
      settle.resolve({ contentVersion, counts })
    } catch (error) {
      settle.reject(error)
      throw error
    }
  }
  return { chunks: chunks(), summary }
}
