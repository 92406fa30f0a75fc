import { createHash } from 'node:crypto'
import type { MovedSlug } from './snapshot.ts'
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
  moved: readonly MovedSlug[] = [],
): { generatedAt: string; contentVersion: string; openData?: object; moved?: MovedSlug[]; collections: T } {
  const hash = createHash('sha256').update(JSON.stringify(collections))
  const contentVersion = versionOf(hashMoved(hashOpenData(hash, openData), moved))
  return { generatedAt, contentVersion, ...(isSet(openData) ? { openData } : {}), ...(moved.length > 0 ? { moved: [...moved] } : {}), collections }
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

/** Moved addresses count as content too (the site's redirects change), hashed last and only when there are any. */
const hashMoved = (hash: ReturnType<typeof createHash>, moved: readonly MovedSlug[]) => (moved.length > 0 ? hash.update(JSON.stringify(moved)) : hash)

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
  moved?: () => Promise<readonly MovedSlug[]>,
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
      const moves = (await moved?.()) ?? []
      const movedText = moves.length > 0 ? `"moved":${JSON.stringify(moves)},` : ''
      yield `{"generatedAt":${JSON.stringify(generatedAt)},${settingsText}${movedText}"collections":${hashed('{')}`
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
      const contentVersion = versionOf(hashMoved(hashOpenData(hash.update('}'), settings), moves))
      yield `},"contentVersion":${JSON.stringify(contentVersion)}}`
      settle.resolve({ contentVersion, counts })
    } catch (error) {
      settle.reject(error)
      throw error
    }
  }
  return { chunks: chunks(), summary }
}
