/**
 * The planner index as the file the island fetches: one row (an array) per
 * item instead of an object, so field names are not repeated thousands of
 * times, and tags (themes, stigma types, audiences) as numbers into one list
 * of the tags used. Site paths are rebuilt from the slug with one pattern per
 * kind. `unpackIndex(packIndex(index))` gives the index back unchanged.
 */
import type { Audience, StigmaType } from '@toolkit/schemas'
import type { CatalogActivity, CatalogFinding, CatalogFragment, PlannerIndex } from './types.ts'

/** Slug, number, title, seconds, duration text, theme, stigma type and audience tags. */
type FragmentRow = [string, number, string, number, string, number[], number[], number[]]
/** Slug, title, shortest and longest minutes, tags as above. */
type ActivityRow = [string, string, number, number, number[], number[], number[]]
/** Slug, title, figure ('' for none), cited (1) or not (0), theme and stigma type tags. */
type FindingRow = [string, string, string, 0 | 1, number[], number[]]

export type PackedIndex = {
  /** Format version: a change of the rows is a new number. */
  v: 1
  tags: string[]
  /** Site path of an item with `{slug}` where its slug goes, per kind. */
  paths: { fragment: string; activity: string }
  fragments: FragmentRow[]
  activities: ActivityRow[]
  findings: FindingRow[]
  cooccurrence: PlannerIndex['cooccurrence']
}

const SLUG = '{slug}'

/** `pathOf('fragments', slug)` for any slug, as the pattern `/filmfragmenten/{slug}/`. */
function pattern(paths: Array<{ slug: string; path: string }>, fallback: string): string {
  const first = paths[0]
  if (!first) return fallback
  const encoded = encodeURIComponent(first.slug)
  const at = first.path.lastIndexOf(encoded)
  const result = `${first.path.slice(0, at)}${SLUG}${first.path.slice(at + encoded.length)}`
  // Every path must follow the pattern, or the file would send readers to wrong pages.
  for (const { slug, path } of paths) if (result.replace(SLUG, encodeURIComponent(slug)) !== path) throw new Error(`planner: pad ${path} volgt het patroon ${result} niet`)
  return result
}

export function packIndex(index: PlannerIndex): PackedIndex {
  const tags: string[] = []
  const numbers = new Map<string, number>()
  const tag = (values: readonly string[]) =>
    values.map((value) => {
      let number = numbers.get(value)
      if (number === undefined) {
        number = tags.push(value) - 1
        numbers.set(value, number)
      }
      return number
    })
  return {
    v: 1,
    tags,
    paths: { fragment: pattern(index.fragments, `/${SLUG}/`), activity: pattern(index.activities, `/${SLUG}/`) },
    fragments: index.fragments.map((f) => [f.slug, f.number, f.title, f.durationSeconds, f.duration, tag(f.themes), tag(f.stigmaTypes), tag(f.audiences)]),
    activities: index.activities.map((a) => [a.slug, a.title, a.durationMinutes.min, a.durationMinutes.max, tag(a.themes), tag(a.stigmaTypes), tag(a.audiences)]),
    findings: index.findings.map((f) => [f.slug, f.title, f.figure ?? '', f.cited ? 1 : 0, tag(f.themes), tag(f.stigmaTypes)]),
    cooccurrence: index.cooccurrence,
  }
}

/** Reads the file back; throws on a file of another format, so the island can say it could not load. */
export function unpackIndex(packed: PackedIndex): PlannerIndex {
  if (packed?.v !== 1 || !Array.isArray(packed.fragments) || !Array.isArray(packed.activities) || !Array.isArray(packed.findings)) {
    throw new Error('onbekend formaat')
  }
  const { tags } = packed
  const names = <T extends string>(numbers: number[]) => numbers.map((n) => tags[n] as T)
  const path = (kind: keyof PackedIndex['paths'], slug: string) => packed.paths[kind].replace(SLUG, encodeURIComponent(slug))
  return {
    fragments: packed.fragments.map(([slug, number, title, durationSeconds, duration, themes, stigmaTypes, audiences]): CatalogFragment => ({
      slug,
      number,
      title,
      durationSeconds,
      duration,
      themes: names(themes),
      stigmaTypes: names<StigmaType>(stigmaTypes),
      audiences: names<Audience>(audiences),
      path: path('fragment', slug),
    })),
    activities: packed.activities.map(([slug, title, min, max, themes, stigmaTypes, audiences]): CatalogActivity => ({
      slug,
      title,
      durationMinutes: { min, max },
      themes: names(themes),
      stigmaTypes: names<StigmaType>(stigmaTypes),
      audiences: names<Audience>(audiences),
      path: path('activity', slug),
    })),
    findings: packed.findings.map(([slug, title, figure, cited, themes, stigmaTypes]): CatalogFinding => ({
      slug,
      title,
      ...(figure ? { figure } : {}),
      cited: cited === 1,
      themes: names(themes),
      stigmaTypes: names<StigmaType>(stigmaTypes),
    })),
    cooccurrence: packed.cooccurrence ?? {},
  }
}
