/**
 * The facilitator guide of an impact production as one booklet: the package,
 * the session phase by phase, tips, every fragment in the toolkit with its
 * questions, and the slide outline. Fragments the toolkit does not have yet
 * are named as missing instead of being invented.
 */
import { GUIDE_ADDRESS, QUESTION_PDF } from '../../lib/view/pointers.ts'
import { formatSeconds } from '@toolkit/schemas'
import { formatMinutesRange, joinDutch } from '../../lib/view/format.ts'
import { attachmentLinks } from '../../lib/view/attachments.ts'
import { attachmentSection, linkList, pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { ProductionJob } from '../job-types.ts'
import type { PdfWriter } from '../writer.ts'
import { assignmentSection, hasQuestions, questionSections } from './fragment-questions.ts'
import { ownPhasesNote } from '../../lib/view/phases.ts'

export function renderProductionBooklet(w: PdfWriter, job: ProductionJob): void {
  const { production } = job
  titleBlock(w, production.title, 'Impactproductie · handleiding voor de gespreksleider', production.summary)
  w.facts([
    ['Filmfragmenten', String(production.fragmentCount)],
    ['Duur van een bijeenkomst', formatMinutesRange(production.sessionMinutes)],
    ['Te gebruiken in', production.occasions.join(', ')],
  ], 150)
  pageLink(w, job.pageUrl, 'De impactproductie op de website:')

  if (production.contents.length > 0) w.section(2, 'Wat het pakket bevat', () => w.list(production.contents))

  if (production.sessionGuide.length > 0) {
    w.section(2, 'De bijeenkomst stap voor stap', () => {
      const phasesNote = ownPhasesNote(production.sessionGuide)
      if (phasesNote) w.paragraph(phasesNote, 'small')
      production.sessionGuide.forEach((phase, index) => {
        w.section(3, `${index + 1}. ${phase.title}`, () => w.list(phase.actions, { numbered: true }))
      })
    })
  }

  if (production.tips.length > 0) {
    w.section(2, 'Tips voor de gespreksleider', () => {
      for (const tip of production.tips) w.section(3, tip.title, () => w.paragraph(tip.text))
    })
  }

  if (job.fragments.length > 0) w.section(2, 'De filmfragmenten', () => fragmentChapters(w, job))

  if (production.slideOutline.length > 0) {
    w.section(2, 'Opzet van de presentatie', () => w.list(production.slideOutline, { numbered: true }))
  }
  attachmentSection(w, attachmentLinks(production.attachments), 2)
  sourceNote(w, job)
}

function fragmentChapters(w: PdfWriter, job: ProductionJob): void {
  const { production, fragments } = job
  const numbers = joinDutch(fragments.map(({ fragment }) => String(fragment.number)))
  w.paragraph(
    `De productie telt ${production.fragmentCount} fragmenten; ${fragments.length === 1 ? `hier staat fragment ${numbers}` : `hier staan de fragmenten ${numbers}`}. ` +
      'Bespreek bij elk fragment alle vier de soorten vragen en sluit af met de opdracht.',
  )
  if (fragments.length < production.fragmentCount && production.websiteUrl) {
    w.paragraph(GUIDE_ADDRESS.intro)
    linkList(w, [{ label: GUIDE_ADDRESS.label, url: production.websiteUrl }])
  }
  for (const { fragment, pageUrl } of fragments) {
    w.section(3, `Fragment ${fragment.number}: ${fragment.title} (${formatSeconds(fragment.durationSeconds)})`, () => {
      if (fragment.description) w.paragraph(fragment.description)
      questionSections(w, fragment, 4, false)
      assignmentSection(w, fragment, 4, false)
      if (!hasQuestions(fragment) && fragment.questionSheetUrl) {
        w.paragraph(QUESTION_PDF.intro)
        linkList(w, [{ label: QUESTION_PDF.label, url: fragment.questionSheetUrl }])
      }
      pageLink(w, pageUrl, `Fragment ${fragment.number} op de website:`)
    })
  }
}
