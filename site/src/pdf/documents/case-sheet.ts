/** A case (casus): the situation, the professionals' responses on the stigma ladder and their likely effect. */
import { CONTENT_TYPES } from '@toolkit/schemas'
import { pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { CaseJob } from '../job-types.ts'
import type { PdfWriter } from '../writer.ts'

export function renderCaseSheet(w: PdfWriter, job: CaseJob): void {
  const { case: item } = job
  const { person, situation } = item
  titleBlock(w, item.title, CONTENT_TYPES.cases.singular, item.summary)
  pageLink(w, job.pageUrl, 'Deze casus op de website:')

  const pairs: Array<[string, string]> = [
    [`Wie is ${person}`, situation.who ?? ''],
    [`Wat wil ${person}`, situation.wants ?? ''],
    ['Wat er gebeurde', situation.happened ?? ''],
    ['Wat er speelt', situation.problems ?? ''],
  ]
  if (pairs.some(([, value]) => value !== '')) w.section(2, 'De situatie', () => w.facts(pairs, 130))

  if (item.responses.length > 0) w.section(2, 'Reacties van hulpverleners', () => {
    w.paragraph(`Elke reactie staat op een trede van de stigmaladder; daarna hoe ${person} erop kan reageren.`)
    w.list(
      item.responses.map((response) => () => {
        w.paragraph(response.response)
        w.paragraph(`Trede ${response.ladderStep} van de stigmaladder`, 'small')
        w.paragraph(`Hoe ${person} kan reageren`, 'label')
        w.paragraph(response.likelyReaction, 'quote')
      }),
      { numbered: true },
    )
  })

  if (item.whereToFind) w.section(2, 'Waar vind je de hele casus', () => w.paragraph(item.whereToFind!))
  sourceNote(w, job)
}
