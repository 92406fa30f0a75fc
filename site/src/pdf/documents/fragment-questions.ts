/**
 * A fragment's four kinds of questions and its assignment, shared by the
 * question sheet and the facilitator booklet. Facilitators work through all
 * four kinds, so an empty kind is shown as "nog niet beschikbaar", not left out.
 */
import { QUESTION_KINDS, type Fragment } from '@toolkit/schemas'
import { notAvailable } from '../blocks.ts'
import type { PdfWriter } from '../writer.ts'

export function questionSections(w: PdfWriter, fragment: Fragment, level: 3 | 4, bookmark: boolean): void {
  for (const { value, label } of QUESTION_KINDS) {
    const questions = fragment.questions[value]
    w.section(
      level,
      label,
      () => {
        if (questions.length > 0) w.list(questions, { numbered: true })
        else notAvailable(w, `${label.toLowerCase()} bij dit fragment.`)
      },
      { bookmark },
    )
  }
}

export function assignmentSection(w: PdfWriter, fragment: Fragment, level: 2 | 3 | 4, bookmark: boolean): void {
  w.section(
    level,
    'Opdracht',
    () => {
      if (fragment.assignment) w.paragraph(fragment.assignment)
      else notAvailable(w, 'de opdracht bij dit fragment.')
    },
    { bookmark },
  )
}
