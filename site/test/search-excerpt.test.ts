import { describe, expect, it } from 'vitest'
import { pageExcerpt, SEARCH_WORDS_MARK } from '../src/lib/view/search-excerpt.ts'

/** Pagefind's result data for a text of `words`, with matches at `at`. */
const data = (words: string[], at: number[]) => ({
  excerpt: 'pagefind-excerpt',
  raw_content: words.join(' '),
  weighted_locations: at.map((location) => ({ location, balanced_score: 1 })),
})
const text = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`)

describe('search excerpts leave the hidden search words out', () => {
  it('takes Pagefind’s own excerpt for a page without hidden words', () => {
    expect(pageExcerpt(data(text(40), [3]), 10)).toBe('pagefind-excerpt')
  })

  it('never shows a word from the mark on, even when all matches are there', () => {
    const words = [...text(5), SEARCH_WORDS_MARK, 'Zelfstigma', '·', 'self-stigma']
    expect(pageExcerpt(data(words, [6, 8]), 24)).toBe('w0 w1 w2 w3 w4')
  })

  it('shows the densest matches in the text, marked', () => {
    const words = [...text(50), SEARCH_WORDS_MARK, 'x', 'y']
    const excerpt = pageExcerpt(data(words, [30, 32, 51]), 5)
    expect(excerpt).toBe('w28 w29 <mark>w30</mark> w31 <mark>w32</mark>')
  })

  it('starts at the page’s first words when the text has no match', () => {
    const words = [...text(50), SEARCH_WORDS_MARK, 'Zelfstigma']
    expect(pageExcerpt(data(words, [51]), 4)).toBe('w0 w1 w2 w3')
  })
})
