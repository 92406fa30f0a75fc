import { z } from 'zod'
import { documentBase, taxonomyTags } from './common.ts'
import { FIELDS } from './fields.ts'
import { int, optionalText, requiredText } from './fieldTypes.ts'

const F = FIELDS.cases

/** One professional's response to the situation, placed on the stigma ladder. */
export const caseResponseSchema = z.object({
  /** What the professional says or does. */
  response: requiredText(F['responses.response']),
  /** Rung on the stigma ladder (1 = first rung). */
  ladderStep: int(F['responses.ladderStep']),
  /** How the person in the case might react to it. */
  likelyReaction: requiredText(F['responses.likelyReaction']),
})

/** A case (casus): a situation, four responses of professionals and their likely impact. */
export const caseSchema = z.object({
  ...documentBase,
  /** Title, e.g. "Casus Jenny". */
  title: requiredText(F.title),
  /** First name of the person the case is about. */
  person: requiredText(F.person),
  /** Short introduction in our own words. */
  summary: requiredText(F.summary),
  /** The situation: who the person is, what they want, what happened, what plays a role. */
  situation: z
    .object({
      /** Who the person is. */
      who: optionalText(F['situation.who']).optional(),
      /** What the person wants. */
      wants: optionalText(F['situation.wants']).optional(),
      /** What happened. */
      happened: optionalText(F['situation.happened']).optional(),
      /** Which problems play a role. */
      problems: optionalText(F['situation.problems']).optional(),
    })
    .default({}),
  /** The four responses; fewer while the case is incomplete. */
  responses: z.array(caseResponseSchema).max(4, 'een casus heeft vier reacties').default([]),
  /** Where the full case can be found (e-learning, PDF). */
  whereToFind: optionalText(F.whereToFind).optional(),
  ...taxonomyTags,
})

export type CaseResponse = z.infer<typeof caseResponseSchema>
export type Case = z.infer<typeof caseSchema>
