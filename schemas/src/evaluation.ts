import { z } from 'zod'
import { slug as slugSchema } from './common.ts'
import { SITE_SEGMENTS } from './routes.ts'
import type { ContentCollectionSlug } from './slugs.ts'

/**
 * Evaluation without cookies (issue 18): participants answer a few questions
 * after a session (the guide: "Evalueer de bijeenkomst"), and readers of a
 * method's page answer "Heb je dit gebruikt?". One definition of the
 * questions for the site's forms, the CMS endpoint and the editors' results.
 */

/** After a session, or about one method. */
export const EVALUATION_KINDS = ['session', 'method'] as const
export type EvaluationKind = (typeof EVALUATION_KINDS)[number]

export type EvaluationQuestion = {
  name: 'useful' | 'actionsClear' | 'willApply' | 'comment'
  label: string
  /** A score from 1 (not at all) to 5 (very much), or free text. */
  type: 'scale' | 'text'
  required: boolean
}

export const EVALUATION_QUESTIONS: Record<EvaluationKind, readonly EvaluationQuestion[]> = {
  session: [
    { name: 'useful', label: 'Hoe nuttig vond je de bijeenkomst?', type: 'scale', required: true },
    { name: 'actionsClear', label: 'Is duidelijk wat de actiepunten zijn en wie ze oppakt?', type: 'scale', required: true },
    { name: 'willApply', label: 'Hoe goed kun je iets uit de bijeenkomst toepassen in je werk?', type: 'scale', required: true },
    { name: 'comment', label: 'Wat wil je nog kwijt over de bijeenkomst? (optioneel)', type: 'text', required: false },
  ],
  method: [
    { name: 'useful', label: 'Hoe bruikbaar was het in jouw praktijk of team?', type: 'scale', required: true },
    { name: 'comment', label: 'Wat wil je de redactie van de toolkit meegeven over het gebruik? (optioneel)', type: 'text', required: false },
  ],
}

/** Labels of the scale, 1 to 5. */
export const SCALE_LABELS = ['1 – helemaal niet', '2', '3', '4', '5 – heel erg'] as const

export const MAX_COMMENT_LENGTH = 1000

/** A session's code in links and QR codes: `s-` and 6 to 24 letters or digits. */
export const SESSION_TARGET = /^s-[a-z0-9]{6,24}$/

/** The collections whose pages ask "Heb je dit gebruikt?": the methods a team uses in a session. */
export const METHOD_COLLECTIONS = ['fragments', 'activities', 'interventions'] as const satisfies readonly ContentCollectionSlug[]
export type MethodCollection = (typeof METHOD_COLLECTIONS)[number]

/**
 * What an answer about a method names it by: the site path of the page that asked, without slashes at the ends,
 * e.g. `werkvormen/de-rol-van-empowerment` (the collection's SITE_SEGMENTS, then the slug).
 */
export function methodTarget(collection: MethodCollection, slug: string): string {
  return `${SITE_SEGMENTS[collection]}/${slug}`
}

/** The method a target names (the reverse of `methodTarget`), or undefined: another section, or not a slug. */
export function methodOfTarget(target: string): { collection: MethodCollection; slug: string } | undefined {
  const slash = target.indexOf('/')
  if (slash <= 0) return undefined
  const segment = target.slice(0, slash)
  const collection = METHOD_COLLECTIONS.find((candidate) => SITE_SEGMENTS[candidate] === segment)
  const slug = target.slice(slash + 1)
  return collection && slugSchema.safeParse(slug).success ? { collection, slug } : undefined
}

const scale = (label: string) =>
  z.number({ error: `Kies bij ‘${label}’ een waarde van 1 tot 5.` }).int({ error: `Kies bij ‘${label}’ een waarde van 1 tot 5.` }).min(1, { error: `Kies bij ‘${label}’ een waarde van 1 tot 5.` }).max(5, { error: `Kies bij ‘${label}’ een waarde van 1 tot 5.` })

/** What the form sends. `website` is the honeypot (people leave it empty); `startedAt` when the form was shown (ms). */
export const evaluationSubmissionSchema = z
  .object({
    kind: z.enum(EVALUATION_KINDS, { error: 'Onbekend soort evaluatie (veld ‘kind’).' }),
    target: z.string({ error: 'Het veld ‘target’ ontbreekt: waarover gaat de evaluatie?' }),
    useful: scale(EVALUATION_QUESTIONS.session[0]!.label),
    actionsClear: scale(EVALUATION_QUESTIONS.session[1]!.label).optional(),
    willApply: scale(EVALUATION_QUESTIONS.session[2]!.label).optional(),
    comment: z.string().max(MAX_COMMENT_LENGTH, { error: `Je opmerking is te lang (veld ‘comment’, hooguit ${MAX_COMMENT_LENGTH} tekens).` }).optional(),
    website: z.string().optional(),
    startedAt: z.number({ error: 'Het veld ‘startedAt’ ontbreekt.' }),
  })
  .superRefine((value, context) => {
    const known = value.kind === 'session' ? SESSION_TARGET.test(value.target) : methodOfTarget(value.target) !== undefined
    if (!known) context.addIssue({ code: 'custom', path: ['target'], message: `Het veld ‘target’ (‘${value.target.slice(0, 40)}’) is geen bekende ${value.kind === 'session' ? 'bijeenkomst' : 'methode'}.` })
    if (value.kind === 'session') {
      for (const name of ['actionsClear', 'willApply'] as const) {
        if (value[name] === undefined) {
          const label = EVALUATION_QUESTIONS.session.find((question) => question.name === name)!.label
          context.addIssue({ code: 'custom', path: [name], message: `Kies bij ‘${label}’ een waarde van 1 tot 5.` })
        }
      }
    }
  })

export type EvaluationSubmission = z.infer<typeof evaluationSubmissionSchema>
