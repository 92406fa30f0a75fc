/** The handout of an activity (werkvorm): goals, materials, numbered steps, key messages. */
import { quotedIf, VERBATIM_NOTE } from '../../lib/view/quote.ts'
import { AUDIENCES, CONTENT_TYPES, LEARNING_DOMAINS, labelOf, type ActivityStep } from '@toolkit/schemas'
import { formatMinutesRange, labelPhrase } from '../../lib/view/format.ts'
import { attachmentLinks } from '../../lib/view/attachments.ts'
import { attachmentSection, pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { ActivityJob } from '../job-types.ts'
import type { PdfWriter } from '../writer.ts'

export function renderActivityHandout(w: PdfWriter, job: ActivityJob): void {
  const { activity } = job
  titleBlock(w, activity.title, CONTENT_TYPES.activities.singular, activity.summary)
  w.facts([
    ['Betreft', labelPhrase(activity.learningDomains.map((domain) => labelOf(LEARNING_DOMAINS, domain)))],
    ['Duur', formatMinutesRange(activity.durationMinutes)],
    ['Voor wie', labelPhrase(activity.audiences.map((audience) => labelOf(AUDIENCES, audience)))],
  ])
  pageLink(w, job.pageUrl, 'Deze werkvorm op de website:')

  w.section(2, 'Leerdoelen', () => {
    if (activity.goalsVerbatim) w.paragraph(VERBATIM_NOTE, 'small')
    w.list(activity.goals.map((goal) => quotedIf(activity.goalsVerbatim, goal)))
  })
  if (activity.materials.length > 0) {
    w.section(2, 'Materialen', () =>
      w.list(activity.materials.map((material) => (material.optional ? `${material.name} (optioneel)` : material.name))),
    )
  }
  w.section(2, 'Stappen', () => w.list(activity.steps.map((step) => () => stepBody(w, step)), { numbered: true }))
  if (activity.keyMessages.length > 0) {
    w.section(2, 'Kernboodschappen', () => {
      if (activity.keyMessagesVerbatim) w.paragraph(VERBATIM_NOTE, 'small')
      w.list(activity.keyMessages.map((message) => quotedIf(activity.keyMessagesVerbatim, message)))
    })
  }
  attachmentSection(w, attachmentLinks(activity.attachments), 2)
  sourceNote(w, job)
}

/** One step: the instruction, then the remark for the facilitator and the suggested text. */
function stepBody(w: PdfWriter, step: ActivityStep): void {
  w.paragraph(step.instruction)
  if (step.facilitatorRemark) {
    w.paragraph('Opmerking voor de gespreksleider', 'label')
    w.paragraph(step.facilitatorRemark)
  }
  if (step.suggestedText) {
    w.paragraph('Tekstsuggestie', 'label')
    if (step.suggestedTextVerbatim) w.paragraph(quotedIf(true, step.suggestedText), 'quote')
    else w.paragraph(step.suggestedText)
  }
}
