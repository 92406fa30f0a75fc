import type { ContentCollectionSlug } from './slugs.ts'
import { DEFAULT_ADDRESSES } from './ports.ts'

/**
 * Where each collection's documents live on the site: the first path
 * segment. The site's pages (`site/src/pages/[section]/`, `themas/`), its
 * links, and the CMS's "Bekijk op de site" link all read it here.
 */
export const SITE_SEGMENTS = {
  fragments: 'filmfragmenten',
  activities: 'werkvormen',
  interventions: 'interventies',
  cases: 'casussen',
  guidance: 'handvatten',
  evidence: 'onderbouwing',
  productions: 'impactproducties',
  themes: 'themas',
} as const satisfies Record<ContentCollectionSlug, string>

/** The site path of a listing, or of one document: `/interventies/` or `/interventies/wrap/`. */
export function sitePathOf(collection: ContentCollectionSlug, slug?: string): string {
  const segment = SITE_SEGMENTS[collection]
  return slug ? `/${segment}/${encodeURIComponent(slug)}/` : `/${segment}/`
}

/**
 * The public address of a document on the site: `siteUrl` (SITE_URL) plus
 * the base path the site is served under (SITE_BASE) plus its path.
 */
export function siteUrlOf(collection: ContentCollectionSlug, slug: string, siteUrl = DEFAULT_ADDRESSES.site, base = '/'): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/\/$/, '')
  return new URL(`${prefix}${sitePathOf(collection, slug)}`, siteUrl).toString()
}
