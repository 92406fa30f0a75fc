import { z } from 'zod'
import { attachmentList } from './attachment.ts'
import { documentBase, minutesRange, ref, taxonomyTags } from './common.ts'
import { FIELDS } from './fields.ts'
import { httpUrl, int, requiredText } from './fieldTypes.ts'

const F = FIELDS.productions

/** One phase of a session (preparation, the meeting, closing, follow-up) with its actions. */
export const sessionPhaseSchema = z.object({
  /** Name of the phase, e.g. "Praktische voorbereiding". */
  title: requiredText(F['sessionGuide.title']),
  /**
   * True when the source names this phase and marks where it starts and
   * ends; false when the name and the boundaries are the toolkit's reading
   * of the guide, which the site then says.
   */
  namedInSource: z.boolean().default(false),
  /** What the facilitator does in this phase, in order. */
  actions: z.array(requiredText(F['sessionGuide.actions'])).min(1, 'een fase heeft minstens één actie'),
})

/** A tip for the facilitator. */
export const tipSchema = z.object({
  /** Short heading of the tip. */
  title: requiredText(F['tips.title']),
  /** The tip itself, in our own words. */
  text: requiredText(F['tips.text']),
})

/**
 * An impact production (impactproductie): a programme of film fragments used
 * in team meetings and training, with a facilitator guide.
 */
export const productionSchema = z.object({
  ...documentBase,
  /** Title, e.g. "Bij nader inzien". */
  title: requiredText(F.title),
  /** One-paragraph summary in our own words. */
  summary: requiredText(F.summary),
  /** Number of film fragments in the production (including those not yet entered). */
  fragmentCount: int(F.fragmentCount),
  /** How long a session with the production can take, in minutes. */
  sessionMinutes: minutesRange({ min: F['sessionMinutes.min'], max: F['sessionMinutes.max'] }),
  /** Occasions where it is used: team meetings, peer review, training, … */
  occasions: z.array(requiredText(F.occasions)).default([]),
  /** What the package contains (background, guide, fragments, slides…). */
  contents: z.array(requiredText(F.contents)).default([]),
  /** The session guide, phase by phase. */
  sessionGuide: z.array(sessionPhaseSchema).default([]),
  /** Tips for the facilitator. */
  tips: z.array(tipSchema).default([]),
  /** Headings of the accompanying slide outline, in order. */
  slideOutline: z.array(requiredText(F.slideOutline)).default([]),
  /** Where the production is published online. */
  websiteUrl: httpUrl(F.websiteUrl).optional(),
  /** Files to download: question sheets, slides, handouts (attachment.ts). */
  attachments: attachmentList(),
  ...taxonomyTags,
  /** Interventions this production is listed as. */
  relatedInterventions: z.array(ref('interventions')).default([]),
})

export type SessionPhase = z.infer<typeof sessionPhaseSchema>
export type Tip = z.infer<typeof tipSchema>
export type Production = z.infer<typeof productionSchema>
