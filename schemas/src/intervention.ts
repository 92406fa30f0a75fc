import { z } from 'zod'
import { documentBase, link, ref, taxonomyTags, text } from './common.ts'
import { EVIDENCE_LEVELS, FORMATS, valuesOf } from './vocabularies.ts'

/** How many professionals know the method, as measured by the monitor (table 5.6). */
export const familiaritySchema = z.object({
  /** Number of professionals who know it. */
  n: z.number().int().nonnegative(),
  /** Percentage of all responding professionals, as printed in the source. */
  percent: z.number().min(0).max(100),
  /** Slug of the evidence table the figure comes from. */
  evidence: ref('evidence'),
})

/** An intervention (interventie, methodiek): a named method or programme against stigma. */
export const interventionSchema = z.object({
  ...documentBase,
  /** Full name, e.g. "Honest, Open, Proud". */
  name: text,
  /** Abbreviation, e.g. "HOP"; searches find the method by either. */
  abbreviation: z.string().trim().optional(),
  /** Other names the sources use for the same method, e.g. "Honest, Open and Proud". */
  alsoKnownAs: z.array(text).default([]),
  /**
   * Search terms only (never shown): translations and everyday words people
   * search with, e.g. "eerste hulp" for Mental Health First Aid.
   */
  synonyms: z.array(text).default([]),
  /** What the method aims at, in our own words. */
  aim: text,
  /** A longer description in our own words. */
  description: z.string().trim().optional(),
  /** The form(s) in which it is delivered. */
  formats: z.array(z.enum(valuesOf(FORMATS))).default([]),
  /** Duration as the source states it, e.g. "2 uur". */
  duration: z.string().trim().optional(),
  /** Duration in minutes, where the source gives one; drives the duration filter. */
  durationMinutes: z.number().int().positive().optional(),
  /** Who offers it in the Netherlands, e.g. "Samen Sterk zonder Stigma". */
  provider: z.string().trim().optional(),
  /** Who developed it, and where, e.g. "CAMH, Canada". */
  origin: z.string().trim().optional(),
  /** Year of development or publication. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Level in the Dutch recognition scheme; "unknown" until a source says. */
  evidenceLevel: z.enum(valuesOf(EVIDENCE_LEVELS)).default('unknown'),
  /** What the sources say about its effect, with citation, in our own words. */
  evidenceNote: z.string().trim().optional(),
  /** How well known it is among professionals (monitor table 5.6). */
  familiarity: familiaritySchema.optional(),
  /** Where to find the method. */
  links: z.array(link).default([]),
  ...taxonomyTags,
  /** Related interventions (slugs). */
  relatedInterventions: z.array(ref('interventions')).default([]),
  /** Evidence items that support or discuss it (slugs). */
  relatedEvidence: z.array(ref('evidence')).default([]),
})

export type Familiarity = z.infer<typeof familiaritySchema>
export type Intervention = z.infer<typeof interventionSchema>
