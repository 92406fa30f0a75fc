/** The question sheet of a film fragment: what facilitators print for a session. */
import { formatSeconds } from '@toolkit/schemas'
import { QUESTION_PDF } from '../../lib/view/pointers.ts'
import { attachmentLinks } from '../../lib/view/attachments.ts'
import { attachmentSection, linkList, pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { FragmentJob } from '../job-types.ts'
import type { PdfWriter } from '../writer.ts'
import { assignmentSection, hasQuestions, questionSections } from './fragment-questions.ts'

export function renderFragmentSheet(w: PdfWriter, job: FragmentJob): void {
  const { fragment, production } = job
  titleBlock(w, fragment.title, `Filmfragment ${fragment.number}${production ? ` van ${production.title}` : ''}`, fragment.description)
  w.facts([
    ['Duur', formatSeconds(fragment.durationSeconds)],
    ['Onderdeel van', production ? `${production.title}, fragment ${fragment.number} van ${production.fragmentCount}` : ''],
  ])
  // The page holds the questions only when the toolkit has its own; otherwise it points to the question sheet, and so does this sheet below.
  pageLink(w, job.pageUrl, hasQuestions(fragment) ? 'Bekijk het fragment en de vragen op de website:' : 'Bekijk het fragment op de website:')

  if (hasQuestions(fragment)) {
    w.section(2, 'Vragen bij het gesprek', () => {
      w.paragraph('Werk alle vier de soorten vragen door en sluit af met de opdracht.')
      questionSections(w, fragment, 3, false)
    })
    assignmentSection(w, fragment, 2, true)
  } else if (fragment.questionSheetUrl) {
    // The content names where the questions live: point there.
    const sheet = fragment.questionSheetUrl
    w.section(2, 'Vragen bij het gesprek', () => {
      w.paragraph(QUESTION_PDF.intro)
      linkList(w, [{ label: QUESTION_PDF.label, url: sheet }])
    })
  }

  const links = [
    ...(fragment.videoUrl ? [{ label: 'De video', url: fragment.videoUrl }] : []),
    // Each link once: the question pdf is listed here only when the section above did not already give it.
    ...(fragment.questionSheetUrl && hasQuestions(fragment) ? [{ label: QUESTION_PDF.label, url: fragment.questionSheetUrl }] : []),
  ]
  if (links.length > 0) w.section(2, 'Links', () => linkList(w, links))
  attachmentSection(w, attachmentLinks(fragment.attachments), 2)
  sourceNote(w, job)
}
