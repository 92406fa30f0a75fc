/**
 * Where each kind of content lives on the site, and how paths get the base
 * path (SITE_BASE) the site is served under.
 */
import { CONTENT_TYPES, SITE_SEGMENTS, sitePathOf, type ContentCollectionSlug } from '@toolkit/schemas'
import { DEFAULT_ADDRESSES } from '@toolkit/schemas/ports'

export type Section = {
  /** First path segment, e.g. "filmfragmenten" (defined once, in @toolkit/schemas `SITE_SEGMENTS`). */
  readonly path: string
  /** Plural heading of the listing (names: @toolkit/schemas contentTypes.ts). */
  readonly title: string
  /** Name of one item, shown as its type. */
  readonly singular: string
  /** Lowercase plural for counts ("3 werkvormen"). */
  readonly plural: string
  /** One sentence under the listing heading. */
  readonly intro: string
}

export const SECTIONS: Record<ContentCollectionSlug, Section> = {
  fragments: {
    path: SITE_SEGMENTS.fragments,
    title: CONTENT_TYPES.fragments.plural,
    singular: CONTENT_TYPES.fragments.singular,
    plural: CONTENT_TYPES.fragments.counted,
    intro: 'Korte gespeelde scènes met vragen om in je team het gesprek over stigma te openen.',
  },
  activities: {
    path: SITE_SEGMENTS.activities,
    title: CONTENT_TYPES.activities.plural,
    singular: CONTENT_TYPES.activities.singular,
    plural: CONTENT_TYPES.activities.counted,
    intro: 'Uitgewerkte oefeningen voor een teambijeenkomst, met stappen, materialen en kernboodschappen.',
  },
  interventions: {
    path: SITE_SEGMENTS.interventions,
    title: CONTENT_TYPES.interventions.plural,
    singular: CONTENT_TYPES.interventions.singular,
    plural: CONTENT_TYPES.interventions.counted,
    intro: 'Methodieken en programma’s tegen stigma: voor wie ze zijn, hoe ze werken en wat bekend is over hun effect.',
  },
  cases: {
    path: SITE_SEGMENTS.cases,
    title: CONTENT_TYPES.cases.plural,
    singular: CONTENT_TYPES.cases.singular,
    plural: CONTENT_TYPES.cases.counted,
    intro: 'Situaties uit de praktijk met reacties van hulpverleners en wat die reacties teweegbrengen.',
  },
  guidance: {
    path: SITE_SEGMENTS.guidance,
    title: CONTENT_TYPES.guidance.plural,
    singular: CONTENT_TYPES.guidance.singular,
    plural: CONTENT_TYPES.guidance.counted,
    intro: 'Korte lijsten met wat je als hulpverlener zelf kunt doen.',
  },
  evidence: {
    path: SITE_SEGMENTS.evidence,
    title: CONTENT_TYPES.evidence.plural,
    singular: CONTENT_TYPES.evidence.singular,
    plural: CONTENT_TYPES.evidence.counted,
    intro: 'Cijfers en bevindingen uit onderzoek, met bron, waarop de methoden in deze toolkit steunen.',
  },
  productions: {
    path: SITE_SEGMENTS.productions,
    title: CONTENT_TYPES.productions.plural,
    singular: CONTENT_TYPES.productions.singular,
    plural: CONTENT_TYPES.productions.counted,
    intro: 'Programma’s met filmfragmenten en een draaiboek voor een teambijeenkomst van 1 tot 4 uur.',
  },
  themes: {
    path: SITE_SEGMENTS.themes,
    title: CONTENT_TYPES.themes.plural,
    singular: CONTENT_TYPES.themes.singular,
    plural: CONTENT_TYPES.themes.counted,
    intro: 'Alle inhoud per thema.',
  },
}

/** The path of a listing, or of one document: `/interventies/` or `/interventies/wrap/`. */
export function pathOf(collection: ContentCollectionSlug, slug?: string): string {
  return sitePathOf(collection, slug)
}

/** Prefixes a site path with the base path: `withBase('/zoeken/', '/toolkit/')` → `/toolkit/zoeken/`. */
export function withBase(path: string, base: string): string {
  const prefix = base.replace(/\/+$/, '')
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`
}

/** A site path under the base path this build was made for. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL ?? '/')
}

/** An address's site path without the base path this build was made for: `/toolkit/zoeken/` → `/zoeken/`. */
export function withoutBase(pathname: string): string {
  const prefix = (import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '')
  return (pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname) || '/'
}

/**
 * The public address of a site path, for what is used outside the site
 * (embed snippets, oEmbed, canonical links): SITE_URL (Astro's `site`) plus
 * the base path.
 */
export function absoluteUrl(path: string): string {
  return addressesUnder(import.meta.env.SITE ?? DEFAULT_ADDRESSES.site, import.meta.env.BASE_URL ?? '/')(path)
}

/** absoluteUrl for a given site and base path: for an integration, which runs outside the pages' `import.meta.env`. */
export function addressesUnder(site: string, base: string): (path: string) => string {
  return (path) => new URL(withBase(path, base), site).toString()
}
