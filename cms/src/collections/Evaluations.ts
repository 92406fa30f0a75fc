import type { CollectionConfig } from 'payload'
import { EVALUATION_KINDS, EVALUATION_QUESTIONS, MAX_COMMENT_LENGTH } from '@toolkit/schemas'
import { editors } from '../access/predicates.ts'

export const EVALUATIONS = 'evaluations'

const label = (name: string) => EVALUATION_QUESTIONS.session.find((question) => question.name === name)?.label ?? name

/**
 * Answers to the evaluation forms: after a session and "Heb je dit gebruikt?"
 * on a method's page. Stored by the public endpoint (evaluation/submit.ts)
 * only; nobody creates them through the API. No IP address, no cookie, no
 * name: only the answers and when they came in. Editors read them, see the
 * results per method and per session and export them (evaluation/results.ts).
 */
export const Evaluations: CollectionConfig = {
  slug: EVALUATIONS,
  labels: { singular: 'Evaluatie', plural: 'Evaluaties' },
  admin: {
    group: 'Evaluatie',
    useAsTitle: 'target',
    defaultColumns: ['kind', 'target', 'useful', 'createdAt'],
    description: 'Antwoorden van deelnemers na een bijeenkomst en van lezers van een methode (“Heb je dit gebruikt?”). De resultaten per methode en per bijeenkomst, en alle antwoorden als CSV, staan onder “Resultaten evaluaties” in het menu.',
  },
  access: { read: editors, create: () => false, update: () => false, delete: editors },
  fields: [
    { name: 'kind', type: 'select', label: 'Soort', required: true, index: true, options: EVALUATION_KINDS.map((value) => ({ value, label: value === 'session' ? 'Bijeenkomst' : 'Methode' })) },
    { name: 'target', type: 'text', label: 'Bijeenkomst of methode', required: true, index: true },
    { name: 'useful', type: 'number', label: 'Nuttig (1–5)', required: true, min: 1, max: 5 },
    { name: 'actionsClear', type: 'number', label: label('actionsClear'), min: 1, max: 5 },
    { name: 'willApply', type: 'number', label: label('willApply'), min: 1, max: 5 },
    { name: 'comment', type: 'textarea', label: 'Opmerking', maxLength: MAX_COMMENT_LENGTH },
  ],
}
