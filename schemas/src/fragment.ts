import { z } from 'zod'
import { attachmentList } from './attachment.ts'
import { documentBase, ref, taxonomyTags } from './common.ts'
import { FIELDS } from './fields.ts'
import { httpUrl, int, optionalText, requiredText } from './fieldTypes.ts'

const F = FIELDS.fragments

/** The four kinds of questions that open the conversation after a scene. */
export const fragmentQuestionsSchema = z.object({
  /** General questions about the scene. */
  general: z.array(requiredText(F['questions.general'])).default([]),
  /** Questions relating the scene to the participants' own practice. */
  practice: z.array(requiredText(F['questions.practice'])).default([]),
  /** Questions on the fragment's theme. */
  thematic: z.array(requiredText(F['questions.thematic'])).default([]),
  /** Questions on stigma in the scene. */
  stigma: z.array(requiredText(F['questions.stigma'])).default([]),
})

/** A film fragment (filmfragment) of an impact production. */
export const fragmentSchema = z.object({
  ...documentBase,
  /** Slug of the production the fragment belongs to. */
  production: ref('productions'),
  /** Position in the production, starting at 1. */
  number: int(F.number),
  /** Title, e.g. "Hoop". */
  title: requiredText(F.title),
  /** Running time in whole seconds (5 min 15 s = 315). */
  durationSeconds: int(F.durationSeconds),
  /** Where the video is hosted (Vimeo); loaded only after a reader clicks. */
  videoUrl: httpUrl(F.videoUrl).optional(),
  /** Where the source publishes the printable question sheet. */
  questionSheetUrl: httpUrl(F.questionSheetUrl).optional(),
  /** What happens in the scene, in our own words. */
  description: optionalText(F.description).optional(),
  /** The four kinds of questions; facilitators work through all of them. */
  questions: fragmentQuestionsSchema.default({ general: [], practice: [], thematic: [], stigma: [] }),
  /** The short assignment (opdracht) that follows the questions. */
  assignment: optionalText(F.assignment).optional(),
  /** Files to download: question sheets, slides, handouts (attachment.ts). */
  attachments: attachmentList(),
  ...taxonomyTags,
})

export type FragmentQuestions = z.infer<typeof fragmentQuestionsSchema>
export type Fragment = z.infer<typeof fragmentSchema>

/** "5 min 15 s" style duration for readers. */
export function formatSeconds(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  if (minutes === 0) return `${seconds} s`
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`
}
