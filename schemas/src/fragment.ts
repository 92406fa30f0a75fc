import { z } from 'zod'
import { documentBase, ref, taxonomyTags, text, url } from './common.ts'

/** The four kinds of questions that open the conversation after a scene. */
export const fragmentQuestionsSchema = z.object({
  /** General questions about the scene. */
  general: z.array(text).default([]),
  /** Questions relating the scene to the participants' own practice. */
  practice: z.array(text).default([]),
  /** Questions on the fragment's theme. */
  thematic: z.array(text).default([]),
  /** Questions on stigma in the scene. */
  stigma: z.array(text).default([]),
})

/** A film fragment (filmfragment) of an impact production. */
export const fragmentSchema = z.object({
  ...documentBase,
  /** Slug of the production the fragment belongs to. */
  production: ref('productions'),
  /** Position in the production, starting at 1. */
  number: z.number().int().positive(),
  /** Title, e.g. "Hoop". */
  title: text,
  /** Running time in whole seconds (5 min 15 s = 315). */
  durationSeconds: z.number().int().positive(),
  /** Where the video is hosted (Vimeo); loaded only after a reader clicks. */
  videoUrl: url.optional(),
  /** Where the source publishes the printable question sheet. */
  questionSheetUrl: url.optional(),
  /** What happens in the scene, in our own words. */
  description: z.string().trim().optional(),
  /** The four kinds of questions; facilitators work through all of them. */
  questions: fragmentQuestionsSchema.default({ general: [], practice: [], thematic: [], stigma: [] }),
  /** The short assignment (opdracht) that follows the questions. */
  assignment: z.string().trim().optional(),
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
