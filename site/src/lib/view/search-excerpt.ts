/**
 * A search result's excerpt from the page's own text only. The hidden
 * search words at the end of an indexed page (synonyms, English names and
 * the names a text mentions: components/SearchMeta.astro) are indexed so a
 * page is found by them, but Pagefind's excerpt would show them as if the
 * page said them ("Zelfstigma · self-stigma · internalized …"). They start
 * with SEARCH_WORDS_MARK; the excerpt is made, as Pagefind makes it, from
 * the words before it. Without matches there, the page's first words.
 */

/** Starts the hidden search words; a sign no page text uses. */
export const SEARCH_WORDS_MARK = '⁂'

/** What Pagefind's result data gives for an excerpt (`raw_content` is the text with < and > escaped). */
export type ExcerptSource = {
  excerpt: string
  raw_content?: string
  weighted_locations?: readonly { location: number; balanced_score: number }[]
}

/** Pagefind's own word split (`word_separators` in pagefind.js): its locations count these words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g

export function pageExcerpt(data: ExcerptSource, length: number): string {
  const words = data.raw_content?.split(WORD_SEPARATORS) ?? []
  const end = words.indexOf(SEARCH_WORDS_MARK)
  if (end === -1) return data.excerpt
  const matches = (data.weighted_locations ?? []).filter((match) => match.location < end)
  const start = densestStart(matches, length, end)
  const marked = new Set(matches.map((match) => match.location))
  return words
    .slice(start, Math.min(start + length, end))
    .map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word))
    .join(' ')
    .trim()
}

/** Where the run of `length` words with the most match weight starts, within the first `end` words (the first such run). */
function densestStart(matches: ExcerptSource['weighted_locations'] & {}, length: number, end: number): number {
  const score = new Array<number>(end).fill(0)
  for (const match of matches) score[match.location]! += match.balanced_score
  let best = 0
  let bestAt = 0
  let sum = 0
  for (let i = 0; i < end; i++) {
    sum += score[i]!
    if (i >= length) sum -= score[i - length]!
    if (i >= length - 1 && sum > best) {
      best = sum
      bestAt = i - length + 1
    }
  }
  // Fewer words than an excerpt, or no match: from the start.
  return end <= length ? 0 : bestAt
}
