import { z } from 'zod'
import { documentBase, ref, taxonomyTags, url } from './common.ts'
import { FIELDS } from './fields.ts'
import { decimal, int, optionalText, requiredText } from './fieldTypes.ts'
import { EVIDENCE_LEVELS, FORMATS } from './vocabularies.ts'
import { choice } from './choices.ts'

/** How many professionals know the method, as measured by the monitor (table 5.6). */
const F = FIELDS.interventions

export const familiaritySchema = z.object({
  /** Number of professionals who know it. */
  n: int(F['familiarity.n']),
  /** Percentage of all responding professionals, as printed in the source. */
  percent: decimal(F['familiarity.percent']),
  /** Slug of the evidence table the figure comes from. */
  evidence: ref('evidence'),
})

/** An intervention (interventie, methodiek): a named method or programme against stigma. */
export const interventionSchema = z.object({
  ...documentBase,
  /** Full name, e.g. "Honest, Open, Proud". */
  name: requiredText(F.name),
  /** Abbreviation, e.g. "HOP"; searches find the method by either. */
  abbreviation: optionalText(F.abbreviation).optional(),
  /** Other names the sources use for the same method, e.g. "Honest, Open and Proud". */
  alsoKnownAs: z.array(requiredText(F.alsoKnownAs)).default([]),
  /**
   * Search terms only (never shown): translations and everyday words people
   * search with, e.g. "eerste hulp" for Mental Health First Aid.
   */
  synonyms: z.array(requiredText(F.synonyms)).default([]),
  /** What the method aims at, in our own words. */
  aim: requiredText(F.aim),
  /** A longer description in our own words. */
  description: optionalText(F.description).optional(),
  /** The form(s) in which it is delivered. */
  formats: z.array(choice(FORMATS)).default([]),
  /** Duration as the source states it, e.g. "2 uur". */
  duration: optionalText(F.duration).optional(),
  /** Duration in minutes, where the source gives one; drives the duration filter. */
  durationMinutes: int(F.durationMinutes).optional(),
  /** Who offers it in the Netherlands, e.g. "Samen Sterk zonder Stigma". */
  provider: optionalText(F.provider).optional(),
  /** Who developed it, and where, e.g. "CAMH, Canada". */
  origin: optionalText(F.origin).optional(),
  /** Year of development or publication. */
  year: int(F.year).optional(),
  /**
   * Level in the Dutch recognition scheme. Absent until an editor looked it
   * up; when the sources say nothing, `sourcesSilent` holds "evidenceLevel".
   */
  evidenceLevel: choice(EVIDENCE_LEVELS).optional(),
  /** What the sources say about its effect, with citation, in our own words. */
  evidenceNote: optionalText(F.evidenceNote).optional(),
  /** How well known it is among professionals (monitor table 5.6). */
  familiarity: familiaritySchema.optional(),
  /** Where to find the method. */
  links: z.array(z.object({ label: requiredText(F['links.label']), url: url })).default([]),
  ...taxonomyTags,
  /** Related interventions (slugs). */
  relatedInterventions: z.array(ref('interventions')).default([]),
  /** Evidence items that support or discuss it (slugs). */
  relatedEvidence: z.array(ref('evidence')).default([]),
})

export type Familiarity = z.infer<typeof familiaritySchema>
export type Intervention = z.infer<typeof interventionSchema>
