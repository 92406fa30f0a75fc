/**
 * A page's inputs are what its render read (src/lib/content/reads.ts): the
 * reads Astro handed back with the rendered page, kept in the build state.
 * The next build looks each read up in its own content; a page whose reads
 * all give the same values (and whose `cacheKey`, Astro's own "this page's
 * data", is the same) is taken over, any other is rendered again.
 *
 * A page that read one field of many documents of a collection (a listing
 * scanning every title) depends on that field of the whole collection:
 * the state stays small, and a change to that field anywhere renders it
 * again, which is what such a page shows.
 *
 * The site's code is not among the reads: a change to it makes the build
 * full (code-hash.ts).
 */
import type { AnyDoc, Content } from '../lib/content/index.ts'
import { documentRead, selectionById, untracked } from '../lib/content/reads.ts'
import type { PdfLinks } from '../pdf/links.ts'
import { hashOf, hashOfText } from './hash.ts'

/** Loads the modules of the selections these reads name, so that they can be computed again (`select <module>#<export> …`). */
export async function loadSelections(reads: Iterable<string>): Promise<void> {
  const modules = new Set<string>()
  for (const key of reads) {
    if (!key.startsWith('select ')) continue
    const id = key.split(' ')[1]!
    if (!selectionById(id)) modules.add(id.split('#')[0]!)
  }
  // A module that no longer exists leaves its reads unknown: those pages are rendered. The path is known only at run
  // time, which Vite (the preview server loads this integration too) should leave alone rather than warn about.
  await Promise.all([...modules].map((module) => import(/* @vite-ignore */ new URL(`../${module}`, import.meta.url).href).catch(() => undefined)))
}

/**
 * The previous build's hash of each read (`hashes[i]` of `reads[i]`; null: it could not be looked up), and whether a
 * document (`collection/slug`) is byte for byte the same in this build's content.
 */
export type KnownReads = { reads: readonly string[]; hashes: readonly (string | null)[]; unchanged: (document: string) => boolean }

/**
 * Fingerprints of pages from their reads, in one build's content; undefined when a read cannot be looked up. With
 * `known`, a read of an unchanged document (or of one of its fields) keeps its previous hash instead of being hashed
 * again: at 10,000 documents those are 195,000 of 215,000 reads. The others (selections, columns, lists, PDF links)
 * are looked up again in every build.
 */
export function pageFingerprints(content: Content, pdfLinks: PdfLinks, known?: KnownReads) {
  const raw = untracked(content)
  const hashes = new Map<string, string | undefined>()
  if (known) {
    known.reads.forEach((key, index) => {
      const read = documentRead(key)
      const hash = known.hashes[index]
      if (read && typeof hash === 'string' && known.unchanged(`${read.collection}/${read.slug}`)) hashes.set(key, hash)
    })
  }
  const field = (doc: AnyDoc | undefined, name: string) => (doc && Object.hasOwn(doc, name) ? (doc as Record<string, unknown>)[name] : undefined)
  const valueOf = (key: string): { value: unknown } | undefined => {
    const [kind, first = '', second = '', third] = key.split(' ')
    const docs = raw.collections[first as keyof Content['collections']] as AnyDoc[] | undefined
    switch (kind) {
      case 'doc': {
        const doc = raw.find(first as never, second) as AnyDoc | undefined
        return { value: third === undefined ? doc : field(doc, third) }
      }
      case 'list':
        return { value: docs?.map((doc) => doc.slug) }
      case 'column':
        return { value: docs?.map((doc) => (second === '*' ? doc : [doc.slug, field(doc, second)])) }
      case 'snapshot':
        return { value: first === 'generatedAt' ? raw.generatedAt : raw.contentVersion }
      case 'pdf':
        return { value: pdfLinks[first] ?? null }
      case 'select': {
        const select = selectionById(first)
        return select && { value: select(raw, ...(JSON.parse(key.slice(`select ${first} `.length)) as never[])) }
      }
      default:
        return undefined
    }
  }
  const hashOfRead = (key: string) => {
    if (!hashes.has(key)) {
      const found = valueOf(key)
      hashes.set(key, found && hashOf(found.value ?? null))
    }
    return hashes.get(key)
  }
  const fingerprint = (reads: readonly string[], cacheKey: string | undefined): string | undefined => {
    // One line per read (neither a read nor its hash holds a line break), hashed as text: no JSON to build per page.
    let lines = ''
    for (const key of reads) {
      const hash = hashOfRead(key)
      if (hash === undefined) return undefined
      lines += `${key}\t${hash}\n`
    }
    return hashOfText(`${lines}${cacheKey ?? ''}`)
  }
  /** The hash of one read (after the fingerprints that used it, already known): kept in the state for the next build. */
  return Object.assign(fingerprint, { hashOfRead })
}
