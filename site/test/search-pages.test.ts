import { describe, expect, it } from 'vitest'
import { decodeSearchPages, encodeSearchPages, type PageFacets } from '../src/lib/view/search-pages.ts'

/** Deterministic pseudo-random hex ids, as Pagefind's content hashes look. */
function ids(count: number, digits = 7, seed = 7): string[] {
  const out = new Set<string>()
  let state = seed
  while (out.size < count) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    out.add(`nl_${(state % 16 ** digits).toString(16).padStart(digits, '0')}`)
  }
  return [...out]
}

const TYPES = ['activities', 'evidence', 'fragments', 'interventions', 'themes']
const facetsFor = (i: number): PageFacets => ({
  soort: [TYPES[i % TYPES.length]!],
  ...(i % 3 === 0 ? { thema: ['hoop', 'herstel'] } : {}),
  ...(i % 4 === 0 ? { duur: ['short'] } : {}),
})

describe('the page table of the search page', () => {
  it('gives every page back its own filter values, whatever the shape of its id', () => {
    const pages: Array<[string, PageFacets]> = ids(2_000).map((id, i) => [id, facetsFor(i)])
    // Leading zeros, a hash Pagefind lengthened after a collision, another language, a page without filters.
    pages.push(['nl_0000a1f', { soort: ['cases'] }], ['nl_7372e27b', { soort: ['themes'], thema: ['taal'] }], ['en_1234567', { soort: ['guidance'] }], ['nl_00000b1', {}])
    const decoded = decodeSearchPages(JSON.parse(JSON.stringify(encodeSearchPages(pages))))
    expect(decoded.size).toBe(pages.length)
    for (const [id, facets] of pages) {
      const back = decoded.get(id)
      expect(back, id).toBeDefined()
      for (const key of new Set([...Object.keys(facets), ...Object.keys(back!)])) expect([...(back![key] ?? [])].sort(), `${id} ${key}`).toEqual([...(facets[key] ?? [])].sort())
    }
  })

  it('writes the same bytes for the same pages in any order (full and incremental builds agree)', () => {
    const pages: Array<[string, PageFacets]> = ids(300).map((id, i) => [id, facetsFor(i)])
    const shuffled = [...pages].reverse().map(([id, facets]): [string, PageFacets] => [id, Object.fromEntries(Object.entries(facets).reverse().map(([key, values]) => [key, [...values].reverse()]))])
    expect(JSON.stringify(encodeSearchPages(shuffled))).toBe(JSON.stringify(encodeSearchPages(pages)))
  })

  it('writes each page id once as a short gap, not as the id itself', () => {
    const pages: Array<[string, PageFacets]> = ids(1_000).map((id, i) => [id, facetsFor(i)])
    const text = JSON.stringify(encodeSearchPages(pages))
    expect(text).not.toContain(pages[0]![0])
    // As an object of id → value numbers (the format before) 1,000 such pages took over 20,000 characters.
    expect(text.length).toBeLessThan(8_000)
  })
})
