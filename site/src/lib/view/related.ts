/**
 * Related items on a detail page: what the document links to or is linked
 * from (explicit relations, both directions), then what shares its themes.
 */
import { RELATIONS, type ContentCollectionSlug } from '@toolkit/schemas'
import type { AnyDoc, Content } from '../content/index.ts'
import { selection } from '../content/reads.ts'
import { allItems, type ItemCollection, type ListItem } from './items.ts'

export type Related = {
  /** Documents this one points to, or that point to it. */
  linked: ListItem[]
  /** Other documents sharing at least one theme, most shared themes first. */
  similar: ListItem[]
}

// Used only inside the selection below, so a page never gets a value from them without its read (content/reads.ts).
const itemsCache = new WeakMap<Content, Map<string, ListItem>>()
const backlinksCache = new WeakMap<Content, Map<string, string[]>>()

function itemIndex(content: Content): Map<string, ListItem> {
  let index = itemsCache.get(content)
  if (!index) {
    index = new Map(allItems(content).map((item) => [`${item.collection}/${item.slug}`, item]))
    itemsCache.set(content, index)
  }
  return index
}

/** The slugs a document points to through one relation field (`production`, `familiarity.evidence`). */
export function refsAt(doc: AnyDoc, path: string): string[] {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)
  if (Array.isArray(value)) return value.filter((ref): ref is string => typeof ref === 'string')
  return typeof value === 'string' ? [value] : []
}

/**
 * Per target (`collection/slug`), the documents whose relations point to it
 * (`source/slug`), in collection and document order: built in one pass per
 * content, so a page does not scan every document for its backlinks.
 */
function backlinkIndex(content: Content): Map<string, string[]> {
  let index = backlinksCache.get(content)
  if (!index) {
    index = new Map()
    for (const [source, relations] of Object.entries(RELATIONS) as Array<[ContentCollectionSlug, Record<string, ContentCollectionSlug>]>) {
      for (const [path, target] of Object.entries(relations)) {
        for (const other of content.collections[source] as AnyDoc[]) {
          for (const ref of new Set(refsAt(other, path))) {
            const key = `${target}/${ref}`
            const list = index.get(key) ?? []
            if (list.length === 0) index.set(key, list)
            list.push(`${source}/${other.slug}`)
          }
        }
      }
    }
    backlinksCache.set(content, index)
  }
  return index
}

/**
 * A selection (content/reads.ts): a page depends on the items it shows, not on every item scanned for shared
 * themes.
 */
export const relatedItems = selection('lib/view/related.ts#relatedItems', (content: Content, collection: ItemCollection, slug: string, limit: number = 6): Related => {
  const index = itemIndex(content)
  const self = `${collection}/${slug}`
  const doc = content.find(collection, slug)
  if (!doc) return { linked: [], similar: [] }

  const linkedKeys = new Set<string>()
  for (const [path, target] of Object.entries(RELATIONS[collection])) {
    if (target === 'themes') continue
    for (const ref of refsAt(doc, path)) linkedKeys.add(`${target}/${ref}`)
  }
  for (const key of backlinkIndex(content).get(self) ?? []) linkedKeys.add(key)
  linkedKeys.delete(self)
  const linked = [...linkedKeys].map((key) => index.get(key)).filter((item) => item !== undefined)

  // The same themes the item's facets have (a stigma type named like a theme counts as that theme).
  const themes = new Set(index.get(self)?.facets.thema ?? (doc as { themes?: string[] }).themes ?? [])
  // Only items sharing a theme count; without themes there is nothing to scan for.
  const candidates = themes.size === 0 ? [] : [...index].filter(([key]) => key !== self && !linkedKeys.has(key))
  const similar = candidates
    .map(([, item]) => ({ item, shared: (item.facets.thema ?? []).filter((theme) => themes.has(theme)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.item.title.localeCompare(b.item.title, 'nl'))
    .slice(0, limit)
    .map(({ item }) => item)

  return { linked, similar }
})
