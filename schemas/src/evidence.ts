import { z } from 'zod'
import { documentBase, quoteSchema, ref, taxonomyTags, verbatimText } from './common.ts'
import { EVIDENCE_KINDS, FIELDS } from './fields.ts'
import { decimal, int, optionalText, requiredText } from './fieldTypes.ts'

const F = FIELDS.evidence
import { POPULATIONS } from './vocabularies.ts'
import { choice } from './choices.ts'

/** One answer row of a survey table. */
export const surveyRowSchema = z.object({
  /** The answer as printed in the source. Verbatim. */
  label: verbatimText(F['rows.label']),
  /** Number of respondents who gave it. */
  n: int(F['rows.n']),
  /** Percentage as printed in the source (whole numbers in the monitor). */
  percent: decimal(F['rows.percent']),
})

/** A citation of a study, e.g. Schulze (2007) or Knaak e.a. (2014). */
export const citationSchema = z.object({
  /** Authors as cited, e.g. "Knaak e.a.". */
  authors: requiredText(F['citation.authors']),
  /** Year of publication. */
  year: int(F['citation.year']),
  /** Title of the work, where the source gives it. */
  title: optionalText(F['citation.title']).optional(),
})

const evidenceBase = {
  ...documentBase,
  /** Title as shown to readers. */
  title: requiredText(F.title),
  /** What the evidence shows, in one or two sentences in our own words. */
  summary: optionalText(F.summary).optional(),
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
  question: verbatimText(F.question),
  /** Who answered. */
  population: choice(POPULATIONS),
  /**
   * Number of people who answered the survey (628 panel members, §4.1.1; 471
   * professionals, §5.1), or the n the caption prints. Where the printed
   * percentages refer to another base, `figuresNote` says so.
   */
  respondents: int(F.respondents),
  /**
   * Where the printed figures do not add up (a percentage that fits no base,
   * a caption n the percentages do not match, a text that gives another
   * figure), in our own words. Shown with the table; the figures themselves
   * stay as printed.
   */
  figuresNote: optionalText(F.figuresNote).optional(),
  /** Maximum answers per respondent; absent when any number was allowed. */
  maxAnswers: int(F.maxAnswers).optional(),
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
  statement: requiredText(F.statement),
  /** The figure as printed in the source, e.g. "22,3%" or "6,7"; absent for qualitative findings. */
  figure: optionalText(F.figure).optional(),
  /** Listed points, e.g. the six effective ingredients. */
  points: z.array(requiredText(F.points)).default([]),
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

/** The kinds the admin offers (`EVIDENCE_KINDS`, with their labels) are exactly the schema's kinds; tsc refuses a difference. */
type OfferedKind = (typeof EVIDENCE_KINDS)[number]['value']
export const EVIDENCE_KINDS_MATCH: [EvidenceKind] extends [OfferedKind] ? ([OfferedKind] extends [EvidenceKind] ? true : never) : never = true
