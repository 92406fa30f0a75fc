/**
 * "Bedoelde je …?": a query word that is in no indexed word (not even as
 * the start of one) is most likely a typo. It is replaced by the nearest
 * indexed word (Damerau-Levenshtein, at most one edit for short words and
 * two for longer ones; the more frequent word wins a tie). Pure functions:
 * the search page runs them on the word list written at build time.
 */

/** Indexed words, most frequent first. */
export type WordList = readonly string[]

/** A word list with fast lookup; the position in the list stands for frequency. */
export type Vocabulary = { words: WordList; known: Set<string> }

export function vocabulary(words: WordList): Vocabulary {
  return { words, known: new Set(words) }
}

/** Edit distance with adjacent transpositions; stops early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1)
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > max) return max + 1
    rows.push(row)
  }
  return rows[a.length]![b.length]!
}

export function tokens(query: string): string[] {
  return query.toLocaleLowerCase('nl').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []
}

/** Words under five letters are not corrected: too many near neighbours ("hoop", "hop"); nor are numbers. */
const correctable = (word: string) => word.length >= 5 && !/\d/.test(word)

/** True when the word is indexed, or starts an indexed word (someone still typing). */
export function isKnown(word: string, vocab: Vocabulary): boolean {
  if (!correctable(word) || vocab.known.has(word)) return true
  return vocab.words.some((known) => known.startsWith(word))
}

/**
 * True when every word of `query` that could be corrected starts a word of
 * `text` (a result's title and content). Pagefind finds pages for a typo
 * too, by the parts of a compound it knows ("zelfstigam" finds "zelf") or
 * a stem: a first result without the typed word is the sign to check the
 * query against the word list, which is only fetched then.
 */
export function mentionsQuery(text: string, query: string): boolean {
  const words = tokens(text)
  return tokens(query)
    .filter(correctable)
    .every((word) => words.some((candidate) => candidate.startsWith(word)))
}

/** The nearest indexed words to `word`, best first. */
export function nearestWords(word: string, vocab: Vocabulary, limit = 3, max = word.length <= 5 ? 1 : 2): string[] {
  const found: Array<{ word: string; distance: number; rank: number }> = []
  vocab.words.forEach((known, rank) => {
    const distance = editDistance(word, known, max)
    if (distance <= max) found.push({ word: known, distance, rank })
  })
  return found
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.word)
}

/**
 * The query with every unknown word replaced by its nearest indexed word,
 * or undefined when there is nothing to correct: "zelfstigam" → "zelfstigma".
 */
export function correctQuery(query: string, vocab: Vocabulary): string | undefined {
  let changed = false
  const corrected = tokens(query).map((word) => {
    if (isKnown(word, vocab)) return word
    const [best] = nearestWords(word, vocab, 1)
    if (!best) return word
    changed = true
    return best
  })
  return changed ? corrected.join(' ') : undefined
}

/** Words close to the query's words, for "Bedoelde je" links when nothing was found (up to three edits). */
export function suggestions(query: string, vocab: Vocabulary, limit = 5): string[] {
  const out: string[] = []
  for (const word of tokens(query)) {
    for (const near of nearestWords(word, vocab, limit, Math.min(3, Math.max(1, Math.floor(word.length / 3))))) {
      if (near !== word && !out.includes(near)) out.push(near)
    }
  }
  return out.slice(0, limit)
}
