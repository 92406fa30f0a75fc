import { z } from 'zod'
import { documentBase, taxonomyTags, text } from './common.ts'

/** One professional's response to the situation, placed on the stigma ladder. */
export const caseResponseSchema = z.object({
  /** What the professional says or does. */
  response: text,
  /** Rung on the stigma ladder (1 = first rung). */
  ladderStep: z.number().int().min(1).max(10),
  /** How the person in the case might react to it. */
  likelyReaction: text,
})

/** A case (casus): a situation, four responses of professionals and their likely impact. */
export const caseSchema = z.object({
  ...documentBase,
  /** Title, e.g. "Casus Jenny". */
  title: text,
  /** First name of the person the case is about. */
  person: text,
  /** Short introduction in our own words. */
  summary: text,
  /** The situation: who the person is, what they want, what happened, what plays a role. */
  situation: z
    .object({
      /** Who the person is. */
      who: z.string().trim().optional(),
      /** What the person wants. */
      wants: z.string().trim().optional(),
      /** What happened. */
      happened: z.string().trim().optional(),
      /** Which problems play a role. */
      problems: z.string().trim().optional(),
    })
    .default({}),
  /** The four responses; fewer while the case is incomplete. */
  responses: z.array(caseResponseSchema).max(4, 'een casus heeft vier reacties').default([]),
  /** Where the full case can be found (e-learning, PDF). */
  whereToFind: z.string().trim().optional(),
  ...taxonomyTags,
})

export type CaseResponse = z.infer<typeof caseResponseSchema>
export type Case = z.infer<typeof caseSchema>
