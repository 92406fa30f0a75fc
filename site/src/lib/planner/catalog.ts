/**
 * Builds the planner's catalog from the published content (the production's
 * session guide and tips, and what it needs to choose fragments, activities
 * and key findings) and the details the run sheet shows of each (questions,
 * materials, statements). Only the fields the planner shows are copied.
 */
import { attachmentLinks, type AttachmentLink } from '../view/attachments.ts'
import { AUDIENCES, QUESTION_KINDS, STIGMA_TYPES, creditOf, formatSeconds, sourceById, type Snapshot, type StigmaType } from '@toolkit/schemas'
import { pathOf } from '../routes.ts'
import { byName, stigmaThemes } from '../view/taxonomy.ts'
import type { CatalogFinding, PlannerCatalog, PlannerDetails } from './types.ts'

type Collections = Snapshot['collections']

/** "Schulze (2007)", or the source document: "Trimbos-instituut (2019), Landelijke Monitor …, tabel 4.1". */
export function citationOf(doc: { citation?: { authors: string; year: number; title?: string }; source: { document: Parameters<typeof sourceById>[0]; location?: string } }): string {
  if (doc.citation) {
    const { authors, year, title } = doc.citation
    return `${authors} (${year})${title ? `, ${title}` : ''}`
  }
  const source = sourceById(doc.source.document)
  const credit = creditOf(source)
  return `${credit ? `${credit}, ` : ''}${source.title}${doc.source.location ? `, ${doc.source.location}` : ''}`
}

export function catalogFrom(collections: Collections): PlannerCatalog {
  const production = collections.productions[0]
  // One meaning per word, as on the rest of the site (view/taxonomy.ts): a stigma type with a theme of its name is that theme.
  const asTheme = stigmaThemes(collections.themes)
  const tagsOf = (doc: { themes: readonly string[]; stigmaTypes: readonly StigmaType[] }) => ({
    themes: [...new Set([...doc.themes, ...doc.stigmaTypes.flatMap((type) => asTheme.get(type) ?? [])])],
    stigmaTypes: doc.stigmaTypes.filter((type) => !asTheme.has(type)),
  })
  const typeOfTheme = new Map([...asTheme].map(([type, slug]) => [slug, type as StigmaType]))
  const findings: CatalogFinding[] = keyFindings(collections).map((doc) => ({
    slug: doc.slug,
    title: doc.title,
    ...(doc.figure ? { figure: doc.figure } : {}),
    cited: Boolean(doc.citation),
    ...tagsOf(doc),
  }))
  const cooccurrence: Record<string, Record<string, number>> = {}
  for (const docs of Object.values(collections)) {
    for (const doc of docs as Array<{ themes?: string[]; stigmaTypes?: StigmaType[] }>) {
      const themes = doc.stigmaTypes ? tagsOf({ themes: doc.themes ?? [], stigmaTypes: doc.stigmaTypes }).themes : (doc.themes ?? [])
      for (const a of themes) {
        for (const b of themes) {
          if (a === b) continue
          cooccurrence[a] ??= {}
          cooccurrence[a][b] = (cooccurrence[a][b] ?? 0) + 1
        }
      }
    }
  }
  return {
    ...(production
      ? {
          production: {
            slug: production.slug,
            title: production.title,
            path: pathOf('productions', production.slug),
            ...(production.websiteUrl ? { websiteUrl: production.websiteUrl } : {}),
            guide: production.sessionGuide.map((phase) => ({ title: phase.title, actions: [...phase.actions] })),
            tips: production.tips.map((tip) => ({ title: tip.title, text: tip.text })),
            ...withAttachments(production.attachments),
            source: (() => {
              const source = sourceById(production.source.document)
              return { title: source.title, publisher: source.publisher, ...(production.source.location ? { location: production.source.location } : {}) }
            })(),
            updatedAt: production.updatedAt,
          },
        }
      : {}),
    // By name, as everywhere on the site (the planner listed them by slug).
    themes: [...collections.themes].sort(byName).map((theme) => {
      const stigmaType = typeOfTheme.get(theme.slug)
      return { slug: theme.slug, name: theme.name, ...(stigmaType ? { stigmaType } : {}) }
    }),
    labels: {
      audiences: AUDIENCES.map(({ value, label }) => ({ value, label })),
      stigmaTypes: STIGMA_TYPES.filter(({ value }) => !asTheme.has(value)).map(({ value, label }) => ({ value, label })),
      questionKinds: QUESTION_KINDS.map(({ value, label }) => ({ value, label })),
    },
    fragments: [...collections.fragments]
      .sort((a, b) => a.number - b.number)
      .map((fragment) => ({
        slug: fragment.slug,
        number: fragment.number,
        title: fragment.title,
        durationSeconds: fragment.durationSeconds,
        duration: formatSeconds(fragment.durationSeconds),
        ...tagsOf(fragment),
        audiences: [...fragment.audiences],
        path: pathOf('fragments', fragment.slug),
      })),
    activities: collections.activities.map((activity) => ({
      slug: activity.slug,
      title: activity.title,
      durationMinutes: { min: activity.durationMinutes.min, max: activity.durationMinutes.max },
      ...tagsOf(activity),
      audiences: [...activity.audiences],
      path: pathOf('activities', activity.slug),
    })),
    findings,
    cooccurrence,
  }
}

function keyFindings(collections: Collections) {
  return collections.evidence.flatMap((doc) => (doc.kind === 'key-finding' ? [doc] : []))
}

/** An item's attachments as the run sheet links them; nothing when it has none (the details stay as they were). */
function withAttachments(attachments: Parameters<typeof attachmentLinks>[0]): { attachments?: AttachmentLink[] } {
  const links = attachmentLinks(attachments)
  return links.length > 0 ? { attachments: links } : {}
}

/** The details of every fragment, activity and key finding: what the run sheet shows of an item in the plan. */
export function detailsFrom(collections: Collections): PlannerDetails {
  const details: PlannerDetails = { fragment: {}, activity: {}, finding: {} }
  for (const fragment of collections.fragments) {
    details.fragment[fragment.slug] = {
      ...(fragment.videoUrl ? { videoUrl: fragment.videoUrl } : {}),
      ...(fragment.questionSheetUrl ? { questionSheetUrl: fragment.questionSheetUrl } : {}),
      questions: {
        general: [...fragment.questions.general],
        practice: [...fragment.questions.practice],
        thematic: [...fragment.questions.thematic],
        stigma: [...fragment.questions.stigma],
      },
      ...(fragment.assignment ? { assignment: fragment.assignment } : {}),
      ...withAttachments(fragment.attachments),
    }
  }
  for (const activity of collections.activities) {
    details.activity[activity.slug] = {
      summary: activity.summary,
      goals: [...activity.goals],
      ...(activity.goalsVerbatim ? { goalsVerbatim: true as const } : {}),
      materials: activity.materials.map((material) => ({ name: material.name, optional: material.optional })),
      steps: activity.steps.map((step) => ({
        instruction: step.instruction,
        ...(step.facilitatorRemark ? { facilitatorRemark: step.facilitatorRemark } : {}),
        ...(step.suggestedText ? { suggestedText: step.suggestedText } : {}),
        ...(step.suggestedText && step.suggestedTextVerbatim ? { suggestedTextVerbatim: true as const } : {}),
      })),
      keyMessages: [...activity.keyMessages],
      ...(activity.keyMessagesVerbatim ? { keyMessagesVerbatim: true as const } : {}),
      ...withAttachments(activity.attachments),
    }
  }
  for (const doc of keyFindings(collections)) {
    details.finding[doc.slug] = { statement: doc.statement, points: [...doc.points], citation: citationOf(doc) }
  }
  return details
}
