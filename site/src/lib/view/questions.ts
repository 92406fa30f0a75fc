/**
 * The discussion questions of a film fragment. Each has a stable anchor on
 * the fragment page (`/filmfragmenten/hoop/#algemeen-2`): the deep link to
 * one question, also where the old one-page-per-question addresses
 * (`/filmfragmenten/hoop/vragen/algemeen-2/`) now lead (the redirect in
 * src/http/redirect-rules.mjs maps the last path segment onto the anchor).
 */
import { QUESTION_KINDS, type Fragment, type QuestionKind } from '@toolkit/schemas'
import { pathOf } from '../routes.ts'

export const QUESTION_KIND_SLUGS: Record<QuestionKind, string> = {
  general: 'algemeen',
  practice: 'praktijk',
  thematic: 'thematisch',
  stigma: 'stigma',
}

/** Anchor of the question block on the fragment page (where "present" and "print as cards" start). */
export const QUESTIONS_ANCHOR = 'vragen'

export type Question = {
  kind: QuestionKind
  kindLabel: string
  /** Position within its kind, from 1. */
  number: number
  text: string
  /** Anchor on the fragment page, e.g. `algemeen-2`. */
  id: string
  /** Site path of the question: the fragment page at its anchor, `/filmfragmenten/hoop/#algemeen-2`. */
  path: string
}

/** The questions of a fragment grouped by kind, in the order facilitators work through them. */
export function questionsByKind(fragment: Pick<Fragment, 'slug' | 'questions'>) {
  return QUESTION_KINDS.map(({ value: kind, label }) => ({
    kind,
    label,
    questions: fragment.questions[kind].map((text, i): Question => {
      const id = `${QUESTION_KIND_SLUGS[kind]}-${i + 1}`
      return { kind, kindLabel: label, number: i + 1, text, id, path: `${pathOf('fragments', fragment.slug)}#${id}` }
    }),
  }))
}

/** All questions of a fragment in one list. */
export function allQuestions(fragment: Pick<Fragment, 'slug' | 'questions'>): Question[] {
  return questionsByKind(fragment).flatMap((group) => group.questions)
}
