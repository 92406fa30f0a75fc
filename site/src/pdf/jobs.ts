/**
 * Turns a validated snapshot into PDF jobs: one per fragment, activity,
 * intervention, case, evidence item and production. Related documents a
 * PDF shows (a fragment's production, a booklet's fragments) are copied into
 * the job, so the job's hash changes exactly when what the PDF shows changes.
 */
import { CONTENT_TYPES, sourceById, type Snapshot } from '@toolkit/schemas'
import { pathOf, withBase } from '../lib/routes.ts'
import type { PdfCollection, PdfJob, SiteContext } from './job-types.ts'

/** `https://x.nl` + `/toolkit/` + `/filmfragmenten/hoop/` → `https://x.nl/toolkit/filmfragmenten/hoop/` */
export function pageUrlOf(site: SiteContext, collection: PdfCollection, slug: string): string {
  return `${site.origin.replace(/\/+$/, '')}${withBase(pathOf(collection, slug), site.base)}`
}

/** Where a document's PDF goes in the built site (no base, no leading slash). */
export function pdfFileOf(collection: PdfCollection, slug: string): string {
  return `pdf/${collection}/${slug}.pdf`
}

type Stamped = { slug: string; source: { document: Parameters<typeof sourceById>[0]; location?: string }; updatedAt: string }

/** What every job has, `collection` among it (key order does not matter: the cache key is canonical JSON). */
function common<C extends PdfCollection>(site: SiteContext, collection: C, doc: Stamped) {
  const source = sourceById(doc.source.document)
  return {
    collection,
    slug: doc.slug,
    file: pdfFileOf(collection, doc.slug),
    pageUrl: pageUrlOf(site, collection, doc.slug),
    source: {
      title: source.title,
      publisher: source.publisher,
      ...(doc.source.location ? { location: doc.source.location } : {}),
    },
    updatedAt: doc.updatedAt,
  }
}

/** Every PDF the site offers, in a stable order. */
export function pdfJobs(snapshot: Snapshot, site: SiteContext): PdfJob[] {
  const { productions, fragments, activities, interventions, cases, evidence } = snapshot.collections
  return [
    ...productions.map((production) => ({
      ...common(site, 'productions', production),
      title: production.title,
      docType: 'Handleiding voor de gespreksleider',
      subject: `Handleiding bij de impactproductie ${production.title}: de bijeenkomst, tips en de filmfragmenten met hun vragen.`,
      production,
      fragments: fragments
        .filter((fragment) => fragment.production === production.slug)
        .sort((a, b) => a.number - b.number)
        .map((fragment) => ({ fragment, pageUrl: pageUrlOf(site, 'fragments', fragment.slug) })),
    })),
    ...fragments.map((fragment) => {
      const production = productions.find((candidate) => candidate.slug === fragment.production)
      return {
        ...common(site, 'fragments', fragment),
        title: fragment.title,
        docType: 'Vragenblad bij een filmfragment',
        subject: `Vragen en opdracht bij filmfragment ${fragment.number}${production ? ` van ${production.title}` : ''}: ${fragment.title}.`,
        fragment,
        ...(production ? { production: { title: production.title, fragmentCount: production.fragmentCount } } : {}),
      }
    }),
    ...activities.map((activity) => ({
      ...common(site, 'activities', activity),
      title: activity.title,
      docType: CONTENT_TYPES.activities.singular,
      subject: activity.summary,
      activity,
    })),
    ...interventions.map((intervention) => {
      const table = intervention.familiarity ? evidence.find((item) => item.slug === intervention.familiarity!.evidence) : undefined
      return {
        ...common(site, 'interventions', intervention),
        title: intervention.abbreviation ? `${intervention.name} (${intervention.abbreviation})` : intervention.name,
        docType: CONTENT_TYPES.interventions.singular,
        subject: intervention.aim,
        intervention,
        ...(table ? { familiarityTable: { title: table.title } } : {}),
      }
    }),
    ...cases.map((item) => ({
      ...common(site, 'cases', item),
      title: item.title,
      docType: CONTENT_TYPES.cases.singular,
      subject: item.summary,
      case: item,
    })),
    ...evidence.map((item) => ({
      ...common(site, 'evidence', item),
      title: item.title,
      docType: item.kind === 'survey-table' ? `${CONTENT_TYPES.evidence.singular}: tabel ${item.tableNumber}` : CONTENT_TYPES.evidence.singular,
      subject: item.summary ?? (item.kind === 'survey-table' ? item.question : item.statement),
      evidence: item,
    })),
  ]
}
