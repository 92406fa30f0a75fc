/**
 * One meaning per word in the interface. A theme named like a stigma type
 * ("Zelfstigma") is the same subject as that stigma type: the site shows it
 * once, as the theme, and everything tagged with either has it. The rule
 * follows the names editors give, so nothing is hard-coded.
 */
import { stigmaThemeKeys } from '@toolkit/schemas'
import type { Content } from '../content/index.ts'
import { remembered, type Remembered } from '../content/reads.ts'

type Named = { slug: string; name: string }
type Tagged = { themes?: readonly string[]; stigmaTypes?: readonly string[] }

/** Remembered with the reads it was made from (content/reads.ts). */
const cache = new WeakMap<object, Remembered<Map<string, string>>>()

/** Themes in the order the site lists them everywhere: by name, as Dutch sorts. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'nl')
}

/** Stigma type value → slug of the theme with the same name ("self" → "zelfstigma"); the rule is the schemas' (`stigmaThemeKeys`), which the admin's gap map uses too. */
export function stigmaThemes(themes: readonly Named[]): Map<string, string> {
  return remembered(cache, themes, () => stigmaThemeKeys(themes.map((theme) => ({ key: theme.slug, name: theme.name }))))
}

/** The themes of a document, including the theme its stigma types stand for. */
export function themesOf(doc: Tagged, content: Pick<Content, 'collections'>): string[] {
  const merged = stigmaThemes(content.collections.themes)
  const slugs = [...(doc.themes ?? [])]
  for (const type of doc.stigmaTypes ?? []) {
    const slug = merged.get(type)
    if (slug && !slugs.includes(slug)) slugs.push(slug)
  }
  return slugs
}

/** The stigma types of a document that are not shown as a theme. */
export function stigmaTypesOf(doc: Tagged, content: Pick<Content, 'collections'>): string[] {
  const merged = stigmaThemes(content.collections.themes)
  return (doc.stigmaTypes ?? []).filter((type) => !merged.has(type))
}

/** Filter values in old links that now have another home: `stigma=self` → `thema=zelfstigma`. */
export function filterAliases(content: Pick<Content, 'collections'>): Record<string, Record<string, [string, string]>> {
  const aliases: Record<string, [string, string]> = {}
  for (const [type, slug] of stigmaThemes(content.collections.themes)) aliases[type] = ['thema', slug]
  return { stigma: aliases }
}
