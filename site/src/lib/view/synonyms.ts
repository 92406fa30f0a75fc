/**
 * Abbreviations and full names of methods find each other in search:
 * "HOP" also searches "Honest, Open, Proud" and the other way round. The
 * pairs come from the interventions' `abbreviation`, `name` and `alsoKnownAs`.
 */

export type ScoredId = { id: string; score: number }
export type NamedMethod = { name: string; abbreviation?: string; alsoKnownAs?: readonly string[] }

/** Lowercase words separated by single spaces, punctuation removed: "Honest, Open & Proud" → "honest open proud". */
export function normaliseTerm(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Normalised name → the other names of the same method. */
export function buildSynonyms(methods: readonly NamedMethod[]): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {}
  for (const method of methods) {
    const names = [method.name, method.abbreviation, ...(method.alsoKnownAs ?? [])].filter(
      (name): name is string => Boolean(name && normaliseTerm(name)),
    )
    if (names.length < 2) continue
    for (const name of names) {
      const key = normaliseTerm(name)
      for (const other of names) if (normaliseTerm(other) !== key) (synonyms[key] ??= new Set()).add(other)
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([key, others]) => [key, [...others]]))
}

/**
 * The query plus variants in which a known name is replaced by its other
 * names, at most `limit` in all: "hop training" → ["hop training",
 * "honest open proud training", …].
 */
export function expandQuery(query: string, synonyms: Record<string, string[]>, limit = 5): string[] {
  const normalised = normaliseTerm(query)
  const variants = [query]
  for (const [key, others] of Object.entries(synonyms)) {
    if (!` ${normalised} `.includes(` ${key} `)) continue
    for (const other of others) {
      const variant = ` ${normalised} `.replace(` ${key} `, ` ${normaliseTerm(other)} `).trim()
      if (!variants.includes(variant)) variants.push(variant)
    }
  }
  return variants.slice(0, limit)
}

/** Results of several searches as one list: each page once, with its best score, best first. */
export function mergeResults<T extends ScoredId>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, T>()
  for (const list of lists) {
    for (const result of list) {
      const known = best.get(result.id)
      if (!known || result.score > known.score) best.set(result.id, result)
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score)
}
