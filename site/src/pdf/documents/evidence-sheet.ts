/** Evidence: a survey table with its chart and source, or a key finding with its citation. */
import { respondentsText } from '../../lib/view/respondents.ts'
import { CONTENT_TYPES, POPULATIONS, labelOf, type KeyFinding, type Published, type Quote, type SurveyTable } from '@toolkit/schemas'
import { formatNumber } from '../../lib/view/format.ts'
import { sourceText } from '../../lib/view/source-line.ts'
import { barChart } from '../bar-chart.ts'
import { pageLink, sourceNote, titleBlock } from '../blocks.ts'
import type { EvidenceJob } from '../job-types.ts'
import { surveyTable } from '../survey-table.ts'
import type { PdfWriter } from '../writer.ts'

export function renderEvidenceSheet(w: PdfWriter, job: EvidenceJob): void {
  const item = job.evidence
  if (item.kind === 'survey-table') surveyTableSheet(w, job, item)
  else keyFindingSheet(w, job, item)
  sourceSection(w, job)
  pageLink(w, job.pageUrl, 'Deze onderbouwing op de website:')
  sourceNote(w, job)
}

function surveyTableSheet(w: PdfWriter, job: EvidenceJob, table: Published<SurveyTable>): void {
  titleBlock(w, table.title, `${CONTENT_TYPES.evidence.singular} · tabel ${table.tableNumber}`, table.summary)
  const answers = table.multipleAnswers
    ? `Meer antwoorden mogelijk${table.maxAnswers ? `, maximaal ${table.maxAnswers}` : ''}`
    : 'Eén antwoord per persoon'
  w.facts([
    ['Vraag', table.question],
    ['Wie antwoordden', `${labelOf(POPULATIONS, table.population)} (${respondentsText(table)})`],
    ['Antwoorden', answers],
  ])
  w.section(2, `Tabel ${table.tableNumber}`, () => {
    surveyTable(w, table.rows)
    if (table.figuresNote) w.paragraph(`Let op bij de cijfers: ${table.figuresNote}`, 'small')
  })
  // With a note on the figures the percentages need not refer to all respondents, so the caption does not say so.
  const base = table.figuresNote ? 'percentages zoals gedrukt' : `percentage van ${formatNumber(table.respondents)} ${labelOf(POPULATIONS, table.population).toLowerCase()}`
  w.section(2, 'Grafiek', () => barChart(w, table.rows, `${table.question} (${base})`))
}

function keyFindingSheet(w: PdfWriter, job: EvidenceJob, finding: Published<KeyFinding>): void {
  titleBlock(w, finding.title, `${CONTENT_TYPES.evidence.singular} · bevinding`, finding.summary)
  if (finding.figure) w.paragraph(finding.figure, 'figure')
  w.paragraph(finding.statement)
  if (finding.points.length > 0) w.list(finding.points, { numbered: true })
  if (finding.quotes.length > 0) w.section(2, finding.quotes.length === 1 ? 'Citaat uit de bron' : 'Citaten uit de bron', () => quotes(w, finding.quotes))
  if (finding.citation) {
    const { authors, year, title } = finding.citation
    w.paragraph(`Studie: ${authors} (${year})${title ? `. ${title}` : ''}.`, 'small')
  }
}

function sourceSection(w: PdfWriter, job: EvidenceJob): void {
  w.section(2, 'Bron', () => w.paragraph(`${sourceText(job.source)}.`))
}

/** Quotes, visibly marked: a label, the words between quotation marks in the quote style, then who said it and where. */
function quotes(w: PdfWriter, items: readonly Quote[]): void {
  for (const quote of items) {
    w.group('BlockQuote', () => {
      w.paragraph('Letterlijk citaat', 'label')
      w.paragraph(`“${quote.text}”`, 'quote')
      w.paragraph(`— ${quote.speaker}${quote.setting ? `, ${quote.setting}` : ''} (bron: ${quote.location})`, 'small')
    })
  }
}
