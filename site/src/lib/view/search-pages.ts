/**
 * The page table of the search page (`toolkit-pages.json`, written beside
 * the Pagefind index by integrations/search-data.ts, read by
 * lib/view/search-page.ts): per Pagefind page id the page's filter values,
 * so filters and live counts need no Pagefind search of their own.
 *
 * Page ids are Pagefind's content hashes (`nl_7372e27`): random, so as text
 * they hardly compress, and they grow the table with every page. The table
 * therefore groups the pages by their combination of filter values (a few
 * dozen combinations for thousands of pages) and writes a group's ids as the
 * gaps between their hex numbers in ascending order, in base 36. At 10,000
 * synthetic pages that is 31 KB gzipped instead of 56 KB for an object of
 * id → values. Ids of another shape (Pagefind lengthens a hash when two
 * pages share its start) are written as they are.
 */

/** A page's values per filter key (`{ soort: ['interventions'], thema: ['hoop'] }`). */
export type PageFacets = Record<string, readonly string[]>

export type SearchPagesFile = {
  /** The `key:value` filter strings, sorted. */
  v: string[]
  /** The shape of most ids: this prefix, then `digits` hex digits. */
  prefix: string
  digits: number
  /** Per combination of filter values (indexes into `v`): its pages' ids as base-36 gaps, space-separated. */
  g: Array<[number[], string]>
  /** Pages whose id has another shape: id → indexes into `v`. */
  x: Record<string, number[]>
}

const ID = /^(.*?)([0-9a-f]+)$/
/** Hex numbers of more digits would lose precision as JavaScript numbers. */
const MAX_DIGITS = 12

function shapeOf(id: string): { prefix: string; digits: number; number: number } | undefined {
  const match = ID.exec(id)
  if (!match || match[2]!.length > MAX_DIGITS) return undefined
  return { prefix: match[1]!, digits: match[2]!.length, number: parseInt(match[2]!, 16) }
}

/** The table of the given pages; the same pages give the same bytes, in any order. */
export function encodeSearchPages(pages: Iterable<readonly [id: string, facets: PageFacets]>): SearchPagesFile {
  const entries = [...pages].map(([id, facets]) => ({
    id,
    shape: shapeOf(id),
    pairs: Object.entries(facets).flatMap(([key, values]) => values.map((value) => `${key}:${value}`)),
  }))
  const v = [...new Set(entries.flatMap((entry) => entry.pairs))].sort()
  const indexOf = new Map(v.map((pair, index) => [pair, index]))
  const indexesOf = (pairs: string[]) => [...new Set(pairs.map((pair) => indexOf.get(pair)!))].sort((a, b) => a - b)

  // The most common shape is written compactly; the others as they are.
  const shapes = new Map<string, number>()
  for (const { shape } of entries) if (shape) shapes.set(`${shape.digits}:${shape.prefix}`, (shapes.get(`${shape.digits}:${shape.prefix}`) ?? 0) + 1)
  const [common = '7:'] = [...shapes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key)
  const digits = Number(common.slice(0, common.indexOf(':')))
  const prefix = common.slice(common.indexOf(':') + 1)

  const groups = new Map<string, { indexes: number[]; numbers: number[] }>()
  const x: Record<string, number[]> = {}
  for (const { id, shape, pairs } of entries) {
    const indexes = indexesOf(pairs)
    if (!shape || shape.prefix !== prefix || shape.digits !== digits) {
      x[id] = indexes
      continue
    }
    const key = indexes.join(',')
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { indexes, numbers: [] }))
    group.numbers.push(shape.number)
  }
  const g = [...groups.values()]
    .sort((a, b) => compareLists(a.indexes, b.indexes))
    .map(({ indexes, numbers }): [number[], string] => {
      numbers.sort((a, b) => a - b)
      return [indexes, numbers.map((number, i) => (number - (i === 0 ? 0 : numbers[i - 1]!)).toString(36)).join(' ')]
    })
  const sortedX = Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
  return { v, prefix, digits, g, x: sortedX }
}

function compareLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

/** Page id → filter values. Pages with the same values share one (read-only) object. */
export function decodeSearchPages(file: SearchPagesFile): Map<string, PageFacets> {
  const pairs = file.v.map((pair) => [pair.slice(0, pair.indexOf(':')), pair.slice(pair.indexOf(':') + 1)] as const)
  const facetsOf = (indexes: readonly number[]): PageFacets => {
    const facets: Record<string, string[]> = {}
    for (const index of indexes) {
      const [key, value] = pairs[index]!
      ;(facets[key] ??= []).push(value)
    }
    return facets
  }
  const pages = new Map<string, PageFacets>()
  for (const [indexes, gaps] of file.g) {
    const facets = facetsOf(indexes)
    let number = 0
    for (const gap of gaps.split(' ')) {
      if (gap === '') continue
      number += parseInt(gap, 36)
      pages.set(file.prefix + number.toString(16).padStart(file.digits, '0'), facets)
    }
  }
  for (const [id, indexes] of Object.entries(file.x)) pages.set(id, facetsOf(indexes))
  return pages
}
