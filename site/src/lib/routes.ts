/**
 * Where each kind of content lives on the site, and how paths get the base
 * path (SITE_BASE) the site is served under.
 */
import { SITE_SEGMENTS, sitePathOf, type ContentCollectionSlug } from '@toolkit/schemas'

export type Section = {
  /** First path segment, e.g. "filmfragmenten" (defined once, in @toolkit/schemas `SITE_SEGMENTS`). */
  readonly path: string
  /** Plural heading of the listing. */
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
    title: 'Filmfragmenten',
    singular: 'Filmfragment',
    plural: 'filmfragmenten',
    intro: 'Korte gespeelde scènes met vragen om in je team het gesprek over stigma te openen.',
  },
  activities: {
    path: SITE_SEGMENTS.activities,
    title: 'Werkvormen',
    singular: 'Werkvorm',
    plural: 'werkvormen',
    intro: 'Uitgewerkte oefeningen voor een teambijeenkomst, met stappen, materialen en kernboodschappen.',
  },
  interventions: {
    path: SITE_SEGMENTS.interventions,
    title: 'Interventies',
    singular: 'Interventie',
    plural: 'interventies',
    intro: 'Methodieken en programma’s tegen stigma: voor wie ze zijn, hoe ze werken en wat bekend is over hun effect.',
  },
  cases: {
    path: SITE_SEGMENTS.cases,
    title: 'Casussen',
    singular: 'Casus',
    plural: 'casussen',
    intro: 'Situaties uit de praktijk met reacties van hulpverleners en wat die reacties teweegbrengen.',
  },
  guidance: {
    path: SITE_SEGMENTS.guidance,
    title: 'Handvatten',
    singular: 'Handvatten',
    plural: 'lijsten met handvatten',
    intro: 'Korte lijsten met wat je als hulpverlener zelf kunt doen.',
  },
  evidence: {
    path: SITE_SEGMENTS.evidence,
    title: 'Onderbouwing',
    singular: 'Onderbouwing',
    plural: 'onderdelen',
    intro: 'Cijfers en bevindingen uit onderzoek, met bron, waarop de methoden in deze toolkit steunen.',
  },
  productions: {
    path: SITE_SEGMENTS.productions,
    title: 'Impactproducties',
    singular: 'Impactproductie',
    plural: 'impactproducties',
    intro: 'Programma’s met filmfragmenten en een draaiboek voor een teambijeenkomst van 1 tot 4 uur.',
  },
  themes: {
    path: SITE_SEGMENTS.themes,
    title: 'Thema’s',
    singular: 'Thema',
    plural: 'thema’s',
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

/**
 * The public address of a site path, for what is used outside the site
 * (embed snippets, oEmbed, canonical links): SITE_URL (Astro's `site`) plus
 * the base path.
 */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE ?? 'http://localhost:4321').toString()
}
