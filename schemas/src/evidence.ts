import { z } from 'zod'
import { documentBase, quoteSchema, ref, taxonomyTags, text, verbatim } from './common.ts'
import { POPULATIONS, valuesOf } from './vocabularies.ts'

/** One answer row of a survey table. */
export const surveyRowSchema = z.object({
  /** The answer as printed in the source. Verbatim. */
  label: verbatim,
  /** Number of respondents who gave it. */
  n: z.number().int().nonnegative(),
  /** Percentage as printed in the source (whole numbers in the monitor). */
  percent: z.number().min(0).max(100),
})

/** A citation of a study, e.g. Schulze (2007) or Knaak e.a. (2014). */
export const citationSchema = z.object({
  /** Authors as cited, e.g. "Knaak e.a.". */
  authors: text,
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Title of the work, where the source gives it. */
  title: z.string().trim().optional(),
})

const evidenceBase = {
  ...documentBase,
  /** Title as shown to readers. */
  title: text,
  /** What the evidence shows, in one or two sentences in our own words. */
  summary: z.string().trim().optional(),
  ...taxonomyTags,
  /** Interventions this evidence bears on (slugs). */
  relatedInterventions: z.array(ref('interventions')).default([]),
}

/** A survey table of the monitor: a question, its population and the answer rows. */
export const surveyTableSchema = z.object({
  ...evidenceBase,
  kind: z.literal('survey-table'),
  /** Table number in the source, e.g. "4.1". */
  tableNumber: z.string().regex(/^\d+\.\d+$/, 'tabelnummer zoals "4.1"'),
  /** The question or table caption as printed in the source. Verbatim. */
  question: verbatim,
  /** Who answered. */
  population: z.enum(valuesOf(POPULATIONS)),
  /**
   * Number of people who answered the survey (628 panel members, §4.1.1; 471
   * professionals, §5.1), or the n the caption prints. Where the printed
   * percentages refer to another base, `figuresNote` says so.
   */
  respondents: z.number().int().positive(),
  /**
   * Where the printed figures do not add up (a percentage that fits no base,
   * a caption n the percentages do not match, a text that gives another
   * figure), in our own words. Shown with the table; the figures themselves
   * stay as printed.
   */
  figuresNote: z.string().trim().optional(),
  /** Maximum answers per respondent; absent when any number was allowed. */
  maxAnswers: z.number().int().positive().optional(),
  /** True when respondents could give more than one answer. */
  multipleAnswers: z.boolean(),
  /** Answer rows in the order of the source. */
  rows: z.array(surveyRowSchema).min(1, 'een tabel heeft minstens één rij'),
  /** Slug of the table that asked the other population the same question, if any. */
  comparesWith: ref('evidence').optional(),
})

/** A key finding with its citation, e.g. the share of stigma experiences related to professionals. */
export const keyFindingSchema = z.object({
  ...evidenceBase,
  kind: z.literal('key-finding'),
  /** The finding, in our own words. */
  statement: text,
  /** The figure as printed in the source, e.g. "22,3%" or "6,7"; absent for qualitative findings. */
  figure: z.string().trim().optional(),
  /** Listed points, e.g. the six effective ingredients. */
  points: z.array(text).default([]),
  /** The study the finding comes from. */
  citation: citationSchema.optional(),
  /** People the source quotes to illustrate the finding, word for word. */
  quotes: z.array(quoteSchema).default([]),
})

/** Evidence (onderbouwing): a survey table or a key finding. */
export const evidenceSchema = z.discriminatedUnion('kind', [surveyTableSchema, keyFindingSchema])

export type SurveyRow = z.infer<typeof surveyRowSchema>
export type Citation = z.infer<typeof citationSchema>
export type SurveyTable = z.infer<typeof surveyTableSchema>
export type KeyFinding = z.infer<typeof keyFindingSchema>
export type Evidence = z.infer<typeof evidenceSchema>
export type EvidenceKind = Evidence['kind']
