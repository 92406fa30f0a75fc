/**
 * A PDF job: everything one PDF shows, as plain JSON. Jobs cross to worker
 * threads as they are, and a job's hash is its cache key, so a renderer must
 * draw only what its job holds (related documents are copied in).
 */
import type { Snapshot } from '@toolkit/schemas'

type Collections = Snapshot['collections']
/** A published document of a collection, with its `updatedAt`. */
export type Published<C extends keyof Collections> = Collections[C][number]


/** Where the site is published, for the links and QR codes back to a page. */
export type SiteContext = {
  /** Scheme and host, e.g. `https://toolkit.example.nl` (SITE_URL). */
  origin: string
  /** Base path the site is served under, e.g. `/` or `/toolkit/` (SITE_BASE). */
  base: string
}

/** What every PDF shows in its frame and metadata, whatever its kind. */
type JobCommon = {
  slug: string
  /** The PDF's path in the built site, without base: `pdf/fragments/hoop.pdf`. */
  file: string
  /** Absolute address of the document's page, for the link and QR code. */
  pageUrl: string
  /** The document's title, as the first heading shows it. */
  title: string
  /** What kind of sheet it is, e.g. "Vragenblad bij een filmfragment". */
  docType: string
  /** One line describing the document, for the PDF's subject metadata. */
  subject: string
  /** The source document the facts come from (SOURCE_DOCUMENTS). */
  source: { title: string; publisher: string | null; location?: string }
  /** When the document was last changed (ISO 8601). */
  updatedAt: string
}

export type FragmentJob = JobCommon & {
  collection: 'fragments'
  fragment: Published<'fragments'>
  production?: { title: string; fragmentCount: number }
}

export type ActivityJob = JobCommon & { collection: 'activities'; activity: Published<'activities'> }

export type InterventionJob = JobCommon & {
  collection: 'interventions'
  intervention: Published<'interventions'>
  /** The evidence table the familiarity figure comes from, by title. */
  familiarityTable?: { title: string }
}

export type CaseJob = JobCommon & { collection: 'cases'; case: Published<'cases'> }

export type EvidenceJob = JobCommon & { collection: 'evidence'; evidence: Published<'evidence'> }

export type ProductionJob = JobCommon & {
  collection: 'productions'
  production: Published<'productions'>
  /** The production's fragments in the toolkit, by number, with their page addresses. */
  fragments: Array<{ fragment: Published<'fragments'>; pageUrl: string }>
}

export type PdfJob = FragmentJob | ActivityJob | InterventionJob | CaseJob | EvidenceJob | ProductionJob
/** The collections that get a PDF (the order they are generated in is jobs.ts's). */
export type PdfCollection = PdfJob['collection']

/** Shown in every PDF's footer beside the date: a short code of the PDF's own content. */
export type RenderExtras = { version: string }
