/** A case (casus): the situation, the professionals' responses on the stigma ladder and their likely effect. */
import { gapsNotice, notAvailable, pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { CaseJob } from '../job-types.ts'
import type { PdfWriter } from '../writer.ts'

export function renderCaseSheet(w: PdfWriter, job: CaseJob): void {
  const { case: item } = job
  const { person, situation } = item
  titleBlock(w, item.title, 'Casus', item.summary)
  pageLink(w, job.pageUrl, 'Deze casus op de website:')

  w.section(2, 'De situatie', () => {
    const pairs: Array<[string, string]> = [
      [`Wie is ${person}`, situation.who ?? ''],
      [`Wat wil ${person}`, situation.wants ?? ''],
      ['Wat er gebeurde', situation.happened ?? ''],
      ['Wat er speelt', situation.problems ?? ''],
    ]
    if (pairs.every(([, value]) => value === '')) notAvailable(w, 'de beschrijving van de situatie.')
    else w.facts(pairs, 130)
  })

  w.section(2, 'Reacties van hulpverleners', () => {
    if (item.responses.length === 0) {
      notAvailable(w, 'de reacties van hulpverleners.')
      return
    }
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
    if (item.responses.length < 4) notAvailable(w, `${4 - item.responses.length} van de vier reacties.`)
  })

  if (item.whereToFind) w.section(2, 'Waar vind je de hele casus', () => w.paragraph(item.whereToFind!))
  gapsNotice(w, item.gaps)
  sourceNote(w, job)
}
