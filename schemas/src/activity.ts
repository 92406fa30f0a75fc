import { z } from 'zod'
import { attachmentList } from './attachment.ts'
import { documentBase, minutesRange, ref, taxonomyTags, verbatimMark } from './common.ts'
import { FIELDS } from './fields.ts'
import { optionalText, requiredText } from './fieldTypes.ts'

const F = FIELDS.activities
import { LEARNING_DOMAINS } from './vocabularies.ts'
import { choice } from './choices.ts'

/** Something the facilitator needs, e.g. a named slide or a flip-over. */
export const materialSchema = z.object({
  /** The material, e.g. 'DIA "De rol van empowerment"'. */
  name: requiredText(F['materials.name']),
  /** True when the activity also works without it. */
  optional: z.boolean().default(false),
})

/** One numbered step of an activity. Order in the list is the step number. */
export const activityStepSchema = z.object({
  /** What the facilitator does in this step, in our own words. */
  instruction: requiredText(F['steps.instruction']),
  /** Remark for the facilitator (opmerking voor gespreksleider), in our own words. */
  facilitatorRemark: optionalText(F['steps.facilitatorRemark']).optional(),
  /** Text the facilitator can say or show (tekstsuggestie); word for word from the source only when `suggestedTextVerbatim` says so. */
  suggestedText: requiredText(F['steps.suggestedText']).optional(),
  /** True when the suggested text is word for word from the source: shown as a quote. */
  suggestedTextVerbatim: verbatimMark,
})

/** An activity (werkvorm): a structured exercise for a team session. */
export const activitySchema = z.object({
  ...documentBase,
  /** Title, e.g. "De rol van empowerment". */
  title: requiredText(F.title),
  /** One-paragraph summary in our own words. */
  summary: requiredText(F.summary),
  /** What the activity works on: knowledge, attitude, skills. */
  learningDomains: z.array(choice(LEARNING_DOMAINS)).min(1, 'kies minstens één leerdomein'),
  /** Learning goals; word for word from the source only when `goalsVerbatim` says so. */
  goals: z.array(requiredText(F.goals)).min(1, 'een werkvorm heeft minstens één leerdoel'),
  /** True when the learning goals are word for word from the source: shown as a quote. */
  goalsVerbatim: verbatimMark,
  /** What the facilitator needs. */
  materials: z.array(materialSchema).default([]),
  /** Duration range in minutes, e.g. 20–25. */
  durationMinutes: minutesRange({ min: F['durationMinutes.min'], max: F['durationMinutes.max'] }),
  /** The numbered steps, in order. */
  steps: z.array(activityStepSchema).min(1, 'een werkvorm heeft minstens één stap'),
  /** Key messages to close with (kernboodschappen); word for word from the source only when `keyMessagesVerbatim` says so. */
  keyMessages: z.array(requiredText(F.keyMessages)).default([]),
  /** True when the key messages are word for word from the source: shown as a quote. */
  keyMessagesVerbatim: verbatimMark,
  /** Files to download: question sheets, slides, handouts (attachment.ts). */
  attachments: attachmentList(),
  ...taxonomyTags,
  /** Interventions this activity belongs to or fits with. */
  relatedInterventions: z.array(ref('interventions')).default([]),
})

export type Material = z.infer<typeof materialSchema>
export type ActivityStep = z.infer<typeof activityStepSchema>
export type Activity = z.infer<typeof activitySchema>
