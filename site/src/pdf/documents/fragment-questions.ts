/**
 * A fragment's four kinds of questions and its assignment, shared by the
 * question sheet and the facilitator booklet. A kind without questions, or a
 * missing assignment, is left out.
 */
import { QUESTION_KINDS, type Fragment } from '@toolkit/schemas'
import type { PdfWriter } from '../writer.ts'

type FragmentQuestionsPart = Pick<Fragment, 'questions' | 'assignment'>

/** True when the fragment has any question or an assignment. */
export function hasQuestions(fragment: FragmentQuestionsPart): boolean {
  return QUESTION_KINDS.some(({ value }) => fragment.questions[value].length > 0) || Boolean(fragment.assignment)
}

export function questionSections(w: PdfWriter, fragment: FragmentQuestionsPart, level: 3 | 4, bookmark: boolean): void {
  for (const { value, label } of QUESTION_KINDS) {
    const questions = fragment.questions[value]
    if (questions.length === 0) continue
    w.section(level, label, () => w.list(questions, { numbered: true }), { bookmark })
  }
}

export function assignmentSection(w: PdfWriter, fragment: FragmentQuestionsPart, level: 2 | 3 | 4, bookmark: boolean): void {
  const { assignment } = fragment
  if (!assignment) return
  w.section(level, 'Opdracht', () => w.paragraph(assignment), { bookmark })
}
