/**
 * How well content fits what was asked: themes and stigma types in common,
 * the group, and — when nothing fits a theme — the nearest fit, measured by
 * how often the item's themes and the asked themes are tagged together on
 * the toolkit's documents (so it improves as editors add content).
 */
import type { Audience, StigmaType } from '@toolkit/schemas'
import type { CatalogFinding, PlanInput, PlannerCatalog } from './types.ts'

export type ContentKind = 'fragment' | 'activity'

export type Candidate = {
  kind: ContentKind
  slug: string
  title: string
  /** `match`: shares a theme or stigma type; `any`: nothing was asked; `nearest`: the closest when nothing matches. */
  fit: 'match' | 'any' | 'nearest'
  /** Names of the asked themes and stigma types it matches. */
  matched: string[]
  score: number
}

type Tagged = { themes: string[]; stigmaTypes: StigmaType[]; audiences?: Audience[] }

export function themeName(catalog: PlannerCatalog, slug: string): string {
  return catalog.themes.find((theme) => theme.slug === slug)?.name ?? slug
}

/** The asked themes and stigma types by name, without doubles ("Zelfstigma" is both a theme and a type). */
export function askedNames(input: PlanInput, catalog: PlannerCatalog): string[] {
  const names = [...input.themes.map((slug) => themeName(catalog, slug)), ...input.stigmaTypes.map((type) => labelIn(catalog.labels.stigmaTypes, type))]
  return dedupeNames(names)
}

function dedupeNames(names: string[]): string[] {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = name.toLocaleLowerCase('nl')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The Dutch label of a vocabulary value; the value itself if unknown. */
export function labelIn<V extends string>(labels: ReadonlyArray<{ value: V; label: string }>, value: V): string {
  return labels.find((entry) => entry.value === value)?.label ?? value
}

function matchesOf(doc: Tagged, input: PlanInput, catalog: PlannerCatalog): string[] {
  const themes = input.themes.filter((theme) => doc.themes.includes(theme)).map((slug) => themeName(catalog, slug))
  const types = input.stigmaTypes.filter((type) => doc.stigmaTypes.includes(type)).map((type) => labelIn(catalog.labels.stigmaTypes, type))
  return dedupeNames([...themes, ...types])
}

function baseScore(doc: Tagged, input: PlanInput): number {
  const themes = input.themes.filter((theme) => doc.themes.includes(theme)).length
  const types = input.stigmaTypes.filter((type) => doc.stigmaTypes.includes(type)).length
  const audience = !doc.audiences || doc.audiences.length === 0 || doc.audiences.includes(input.audience) ? 1 : 0
  return themes * 3 + types * 2 + audience
}

/** How close an item's themes are to the asked ones, through themes tagged together. */
function nearness(doc: Tagged, input: PlanInput, catalog: PlannerCatalog): number {
  let score = 0
  for (const asked of input.themes) for (const own of doc.themes) score += catalog.cooccurrence[asked]?.[own] ?? 0
  return score
}

/**
 * Fragments and activities in the order the planner considers them: items
 * that match first (best score first), then per kind the nearest fit when no
 * item of that kind matches. Items of a kind that neither match nor are
 * nearest are not candidates. Stable: ties keep the content's order.
 */
export function rankCandidates(input: PlanInput, catalog: PlannerCatalog): Candidate[] {
  const asked = input.themes.length + input.stigmaTypes.length > 0
  const pools: Array<[ContentKind, Array<Tagged & { slug: string; title: string }>]> = [
    ['fragment', catalog.fragments],
    ['activity', catalog.activities],
  ]
  const matches: Candidate[] = []
  const nearest: Candidate[] = []
  for (const [kind, docs] of pools) {
    const scored = docs.map((doc, index) => ({ doc, index, matched: matchesOf(doc, input, catalog), score: baseScore(doc, input) }))
    const fitting = asked ? scored.filter((entry) => entry.matched.length > 0) : scored
    for (const entry of fitting) {
      matches.push({ kind, slug: entry.doc.slug, title: entry.doc.title, fit: asked ? 'match' : 'any', matched: entry.matched, score: entry.score })
    }
    if (asked && fitting.length === 0 && scored.length > 0) {
      const best = [...scored].sort((a, b) => nearness(b.doc, input, catalog) - nearness(a.doc, input, catalog) || b.score - a.score || a.index - b.index)[0]!
      nearest.push({ kind, slug: best.doc.slug, title: best.doc.title, fit: 'nearest', matched: [], score: nearness(best.doc, input, catalog) })
    }
  }
  const kindOrder = (kind: ContentKind) => (kind === 'fragment' ? 0 : 1)
  matches.sort((a, b) => b.score - a.score || kindOrder(a.kind) - kindOrder(b.kind))
  return [...matches, ...nearest]
}

/** Key findings for the theory, best fit first: shared themes and stigma types, a figure, a citation. */
export function rankFindings(input: PlanInput, catalog: PlannerCatalog): CatalogFinding[] {
  return catalog.findings
    .map((finding, index) => ({
      finding,
      index,
      score:
        input.themes.filter((theme) => finding.themes.includes(theme)).length * 3 +
        input.stigmaTypes.filter((type) => finding.stigmaTypes.includes(type)).length * 2 +
        (finding.figure ? 2 : 0) +
        (finding.cited ? 1 : 0),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.finding)
}
