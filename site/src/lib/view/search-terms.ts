/**
 * Words written into the search index at build time, so one Pagefind search
 * finds a page by any name of what it is about: abbreviations and full names
 * of methods, English terms and synonyms of themes, in both directions. The
 * words are data editors keep in the CMS (a theme's and an intervention's
 * `synonyms`, an intervention's `abbreviation` and `alsoKnownAs`).
 */
import { STIGMA_TYPES } from '@toolkit/schemas'
import type { AnyDoc, Content, DocOf } from '../content/index.ts'
import { remembered, selection, type Remembered } from '../content/reads.ts'
import type { ListItem } from './items.ts'
import { stigmaThemes } from './taxonomy.ts'

/** Everything one subject is called; `names[0]` is how the site names it. */
export type Concept = { id: string; names: string[] }

export function normaliseTerm(text: string): string {
  return text
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A name's normalised form, worked out once: the same few thousand names come back on every page. */
const nameKeys = new Map<string, string>()
function keyOfName(name: string): string {
  let key = nameKeys.get(name)
  if (key === undefined) nameKeys.set(name, (key = normaliseTerm(name)))
  return key
}

const unique = (names: readonly (string | undefined)[]) => {
  const seen = new Set<string>()
  return names.filter((name): name is string => {
    if (!name) return false
    const key = keyOfName(name)
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The subjects the toolkit names: themes, interventions and the stigma types that are not themes (a selection, content/reads.ts). */
export const concepts = selection('lib/view/search-terms.ts#concepts', (content: Pick<Content, 'collections'>): Concept[] => conceptsOf(content))

function conceptsOf(content: Pick<Content, 'collections'>): Concept[] {
  const merged = stigmaThemes(content.collections.themes)
  const themeConcepts = content.collections.themes.map((theme) => {
    const types = STIGMA_TYPES.filter((type) => merged.get(type.value) === theme.slug).map((type) => type.label)
    return { id: `themes/${theme.slug}`, names: unique([theme.name, ...types, ...(theme.synonyms ?? [])]) }
  })
  const methods = content.collections.interventions.map((method) => ({
    id: `interventions/${method.slug}`,
    names: unique([method.name, method.abbreviation, ...method.alsoKnownAs, ...(method.synonyms ?? [])]),
  }))
  const types = STIGMA_TYPES.filter((type) => !merged.has(type.value)).map((type) => ({ id: `stigma/${type.value}`, names: [type.label] }))
  return [...themeConcepts, ...methods, ...types]
}

const byIdCache = new WeakMap<Concept[], Map<string, Concept>>()

function conceptsById(all: Concept[]): Map<string, Concept> {
  let byId = byIdCache.get(all)
  if (!byId) {
    byId = new Map(all.map((concept) => [concept.id, concept]))
    byIdCache.set(all, byId)
  }
  return byId
}

/** All string values inside a document, as one text. */
export function textOf(doc: unknown): string {
  const parts: string[] = []
  const walk = (value: unknown) => {
    if (typeof value === 'string') parts.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(doc)
  return parts.join(' \n ')
}

/**
 * Which names a text can mention, found from the text itself instead of testing every name on every page: with
 * 10,000 documents that was 2,000 interventions' names on each of 20,000 pages. A word name (matcherOf) occurs only
 * in a text that has each of its normalised words, so it is looked up by the one fewest names share; an all-caps
 * abbreviation lies inside a run of capitals, digits and dots. The candidates are then tested as before, so the result
 * is the same.
 */
type NameIndex = {
  byWord: Map<string, string[]>
  abbreviations: Map<string, string[]>
  /** Per name, the positions (in the list of concepts) of the concepts that have it. */
  conceptsOf: Map<string, number[]>
}
const nameIndexes = new WeakMap<Concept[], NameIndex>()

function nameIndex(all: Concept[]): NameIndex {
  let index = nameIndexes.get(all)
  if (index) return index
  index = { byWord: new Map(), abbreviations: new Map(), conceptsOf: new Map() }
  // How many names have each word: a name is filed under its rarest word, so a common word ("de") brings few candidates.
  const namesWith = new Map<string, number>()
  for (const name of new Set(all.flatMap((concept) => concept.names))) {
    for (const word of new Set(keyOfName(name).split(' '))) namesWith.set(word, (namesWith.get(word) ?? 0) + 1)
  }
  const add = (map: Map<string, string[]>, key: string, name: string) => {
    const list = map.get(key)
    if (!list) map.set(key, [name])
    else if (!list.includes(name)) list.push(name)
  }
  all.forEach((concept, at) => {
    for (const name of concept.names) {
      const key = keyOfName(name)
      if (key.length < 3) continue
      const trimmed = name.trim()
      if (ABBREVIATION.test(trimmed)) add(index!.abbreviations, trimmed, name)
      else {
        const words = key.split(' ')
        add(index!.byWord, words.reduce((rarest, word) => (namesWith.get(word)! < namesWith.get(rarest)! ? word : rarest)), name)
      }
      const positions = index!.conceptsOf.get(name) ?? []
      if (positions.at(-1) !== at) positions.push(at)
      index!.conceptsOf.set(name, positions)
    }
  })
  nameIndexes.set(all, index)
  return index
}

/** The names of `index` that `scanned` may mention (a superset of those it does). */
function candidateNames(scanned: Scanned, index: NameIndex): Set<string> {
  const names = new Set<string>()
  for (const word of scanned.words) for (const name of index.byWord.get(word) ?? []) names.add(name)
  if (index.abbreviations.size > 0) {
    for (const [run] of scanned.text.matchAll(CAPITAL_RUN)) {
      for (let start = 0; start < run.length - 1; start += 1) {
        for (let end = start + 2; end <= Math.min(run.length, start + 6); end += 1) {
          for (const name of index.abbreviations.get(run.slice(start, end)) ?? []) names.add(name)
        }
      }
    }
  }
  return names
}

/** An all-caps abbreviation ("ACT", "W.R.A.P"): matched in capitals, as a whole. */
const ABBREVIATION = /^[\p{Lu}\d.]{2,6}$/u
const CAPITAL_RUN = /[\p{Lu}\d.]{2,}/gu

/** A text as the name tests read it: as is, normalised with a space on either side, and its normalised words. */
type Scanned = { text: string; padded: string; words: ReadonlySet<string> }
type Matcher = (scanned: Scanned) => boolean
const matchers = new Map<string, Matcher>()

/** The test for one name, made once: every page tests every name. */
function matcherOf(name: string): Matcher {
  let matcher = matchers.get(name)
  if (!matcher) {
    const key = normaliseTerm(name)
    const trimmed = name.trim()
    if (key.length < 3) matcher = () => false
    else if (ABBREVIATION.test(trimmed)) {
      const pattern = new RegExp(`(^|[^\\p{L}])${trimmed.replace(/\./g, '\\.')}([^\\p{L}]|$)`, 'u')
      // The plain substring test first: cheap, and the pattern cannot match without it.
      matcher = ({ text }) => text.includes(trimmed) && pattern.test(text)
    } else {
      const padded = ` ${key} `
      const first = key.slice(0, key.indexOf(' ') >>> 0)
      // Whole words in order: the name's first word must be among the text's words.
      matcher = (scanned) => scanned.words.has(first) && scanned.padded.includes(padded)
    }
    matchers.set(name, matcher)
  }
  return matcher
}

/** True when `name` occurs in `text` as whole words; all-caps abbreviations must match in capitals ("ACT", not "act"). */
export function mentions(text: string, normalisedText: string, name: string): boolean {
  return matcherOf(name)(scan(text, normalisedText))
}

function scan(text: string, normalisedText: string): Scanned {
  return { text, padded: ` ${normalisedText} `, words: new Set(normalisedText.split(' ')) }
}

export type SearchTerms = {
  /** Names of the page's own subject and of the themes it is tagged with: weigh like a heading. */
  strong: string[]
  /** Other names of subjects the page's text mentions: weigh lightly. */
  related: string[]
}

/**
 * The extra words for one page: its own names (an intervention, a theme),
 * the names and synonyms of its themes and stigma types, and the other
 * names of every subject its text mentions ("herstel" → "recovery").
 */
export function searchTermsFor(item: Pick<ListItem, 'collection' | 'slug' | 'facets'>, doc: AnyDoc, content: Pick<Content, 'collections'>): SearchTerms {
  // A document's page and its embed view ask for the same words, and the incremental build asks first.
  let byDoc = termsCache.get(content.collections)
  if (!byDoc) termsCache.set(content.collections, (byDoc = new WeakMap()))
  let byItem = byDoc.get(doc)
  if (!byItem) byDoc.set(doc, (byItem = new Map()))
  const key = JSON.stringify([item.collection, item.slug, item.facets.thema ?? [], item.facets.stigma ?? []])
  return remembered(byItem, key, () => termsFor(item, doc, content))
}

/** Remembered with the reads they were made from (content/reads.ts). */
const termsCache = new WeakMap<object, WeakMap<object, Map<string, Remembered<SearchTerms>>>>()

function termsFor(item: Pick<ListItem, 'collection' | 'slug' | 'facets'>, doc: AnyDoc, content: Pick<Content, 'collections'>): SearchTerms {
  const all = concepts(content)
  const byId = conceptsById(all)
  const strong: string[] = []
  const own = byId.get(`${item.collection}/${item.slug}`)
  if (own) strong.push(...own.names)
  for (const slug of item.facets.thema ?? []) strong.push(...(byId.get(`themes/${slug}`)?.names ?? []))
  for (const type of item.facets.stigma ?? []) strong.push(...(byId.get(`stigma/${type}`)?.names ?? []))
  const text = textOf(doc)
  const scanned = scan(text, normaliseTerm(text))
  // Many subjects share a name (an abbreviation, a synonym): test each name once per page.
  const found = new Map<string, boolean>()
  const mentioned = (name: string) => {
    let result = found.get(name)
    if (result === undefined) {
      result = matcherOf(name)(scanned)
      found.set(name, result)
    }
    return result
  }
  const matched = new Set<number>()
  for (const name of candidateNames(scanned, nameIndex(all))) if (mentioned(name)) for (const at of nameIndex(all).conceptsOf.get(name)!) matched.add(at)
  const related = [...matched]
    .sort((a, b) => a - b)
    .map((at) => all[at]!)
    .filter((concept) => concept !== own)
    .flatMap((concept) => concept.names)
  const strongSet = unique(strong)
  const strongKeys = new Set(strongSet.map(keyOfName))
  return { strong: strongSet, related: unique(related).filter((name) => !strongKeys.has(keyOfName(name))) }
}

/** The search words of a theme page: the theme's names and synonyms. */
export function themeTerms(theme: DocOf<'themes'>, content: Pick<Content, 'collections'>): string[] {
  return concepts(content).find((concept) => concept.id === `themes/${theme.slug}`)?.names ?? [theme.name]
}
