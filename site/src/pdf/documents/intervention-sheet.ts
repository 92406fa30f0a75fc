/** The fact sheet of an intervention: aim, audience, format, duration, evidence and where to find it. */
import { AUDIENCES, CONTENT_TYPES, EVIDENCE_LEVELS, EVIDENCE_LEVEL_LABEL, FIELDS, FORMATS, STIGMA_TYPES, labelOf } from '@toolkit/schemas'

// Facts are named as the content model names the fields (@toolkit/schemas fields.ts).
const F = FIELDS.interventions
import { formatNumber, formatPercent, joinDutch, labelPhrase } from '../../lib/view/format.ts'
import { sourceText } from '../../lib/view/source-line.ts'
import { linkList, pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { InterventionJob } from '../job-types.ts'
import type { PdfWriter } from '../writer.ts'

export function renderInterventionSheet(w: PdfWriter, job: InterventionJob): void {
  const { intervention: item } = job
  titleBlock(w, job.title, CONTENT_TYPES.interventions.singular, item.aim)
  if (item.alsoKnownAs.length > 0) w.paragraph(`Ook bekend als ${joinDutch(item.alsoKnownAs)}.`, 'small')
  w.facts([
    [F.audiences.label, labelPhrase(item.audiences.map((audience) => labelOf(AUDIENCES, audience)))],
    [F.formats.label, labelPhrase(item.formats.map((format) => labelOf(FORMATS, format)))],
    [F.duration.label, item.duration ?? (item.durationMinutes ? `${item.durationMinutes} minuten` : '')],
    [F.stigmaTypes.label, labelPhrase(item.stigmaTypes.map((type) => labelOf(STIGMA_TYPES, type)))],
    [F.provider.label, item.provider ?? ''],
    [F.origin.label, [item.origin, item.year].filter(Boolean).join(', ')],
  ])
  pageLink(w, job.pageUrl, 'Deze interventie op de website:')

  if (item.description) w.section(2, 'Over de methode', () => w.paragraph(item.description!))

  // Only what a source says: no level where none assessed the method, no section when there is nothing to say.
  if (item.evidenceLevel || item.evidenceNote || item.familiarity) w.section(2, 'Onderbouwing', () => {
    if (item.evidenceLevel) w.facts([[EVIDENCE_LEVEL_LABEL, labelOf(EVIDENCE_LEVELS, item.evidenceLevel)]])
    if (item.evidenceNote) w.paragraph(item.evidenceNote)
    if (item.familiarity) {
      const { n, percent } = item.familiarity
      const table = job.familiarityTable ? ` (${job.familiarityTable.title})` : ''
      w.paragraph(`Bekend bij ${formatNumber(n)} hulpverleners, ${formatPercent(percent)} van de ondervraagde hulpverleners${table}.`)
    }
    w.paragraph(`Bron: ${sourceText(job.source)}.`, 'small')
  })

  if (item.links.length > 0) w.section(2, 'Waar vind je de methode', () => linkList(w, item.links))
  sourceNote(w, job)
}
