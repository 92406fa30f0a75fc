/**
 * The facilitator guide of an impact production as one booklet: the package,
 * the session phase by phase, tips, every fragment in the toolkit with its
 * questions, and the slide outline. Fragments the toolkit does not have yet
 * are named as missing instead of being invented.
 */
import { formatSeconds } from '@toolkit/schemas'
import { formatMinutesRange, joinDutch } from '../../lib/view/format.ts'
import { gapsNotice, notAvailable, pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { ProductionJob } from '../job-types.ts'
import type { PdfWriter } from '../writer.ts'
import { assignmentSection, questionSections } from './fragment-questions.ts'

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

  w.section(2, 'De bijeenkomst stap voor stap', () => {
    if (production.sessionGuide.length === 0) notAvailable(w, 'de stappen van de bijeenkomst.')
    production.sessionGuide.forEach((phase, index) => {
      w.section(3, `${index + 1}. ${phase.title}`, () => w.list(phase.actions, { numbered: true }))
    })
  })

  if (production.tips.length > 0) {
    w.section(2, 'Tips voor de gespreksleider', () => {
      for (const tip of production.tips) w.section(3, tip.title, () => w.paragraph(tip.text))
    })
  }

  w.section(2, 'De filmfragmenten', () => fragmentChapters(w, job))

  if (production.slideOutline.length > 0) {
    w.section(2, 'Opzet van de presentatie', () => w.list(production.slideOutline, { numbered: true }))
  }
  gapsNotice(w, production.gaps)
  sourceNote(w, job)
}

function fragmentChapters(w: PdfWriter, job: ProductionJob): void {
  const { production, fragments } = job
  const present = new Set(fragments.map(({ fragment }) => fragment.number))
  const missing = Array.from({ length: production.fragmentCount }, (_, i) => i + 1).filter((n) => !present.has(n))
  w.paragraph(
    `Van de ${production.fragmentCount} fragmenten ${fragments.length === 1 ? 'staat er 1' : `staan er ${fragments.length}`} in de toolkit. ` +
      'Bespreek bij elk fragment alle vier de soorten vragen en sluit af met de opdracht.',
  )
  if (missing.length > 0) {
    notAvailable(w, `${missing.length === 1 ? 'fragment' : 'fragmenten'} ${joinDutch(missing.map(String))}; hun titels en vragen staan nog niet in de toolkit.`)
  }
  for (const { fragment, pageUrl } of fragments) {
    w.section(3, `Fragment ${fragment.number}: ${fragment.title} (${formatSeconds(fragment.durationSeconds)})`, () => {
      if (fragment.description) w.paragraph(fragment.description)
      questionSections(w, fragment, 4, false)
      assignmentSection(w, fragment, 4, false)
      gapsNotice(w, fragment.gaps, 4)
      pageLink(w, pageUrl, `Fragment ${fragment.number} op de website:`)
    })
  }
}
