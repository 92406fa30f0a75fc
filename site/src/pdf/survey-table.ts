/**
 * A survey table as a tagged Table: a header row of TH (column scope), one
 * TR per answer with the answer as row header and n and % as data cells.
 * On a page break the header row is repeated as an artifact, so it is read
 * once but seen on every page.
 */
import type { SurveyRow } from '@toolkit/schemas'
import { formatNumber, formatPercent } from '../lib/view/format.ts'
import { COLOURS, LINE_GAP } from './style.ts'
import type { PdfWriter } from './writer.ts'

const NUMBER_COLUMN = 78
const PAD = 5
const HEADERS = ['Antwoord', 'Aantal (n)', 'Percentage'] as const

export function surveyTable(w: PdfWriter, rows: readonly SurveyRow[]): void {
  const labelWidth = w.width - NUMBER_COLUMN * 2
  const headerHeight = w.lineHeight('label') + PAD * 2
  const rowHeight = (row: SurveyRow) =>
    Math.max(w.heightOf(row.label, 'body', labelWidth - PAD * 2), w.lineHeight('body')) + PAD * 2

  w.keepSpace(headerHeight + (rows[0] ? rowHeight(rows[0]) : 0))
  w.group('Table', () => {
    headerRow(w, labelWidth, headerHeight, true)
    for (const row of rows) {
      const height = rowHeight(row)
      if (w.doc.y + height > w.bottom) {
        w.doc.addPage()
        headerRow(w, labelWidth, headerHeight, false)
      }
      const top = w.doc.y
      const x = w.x
      w.group('TR', () => {
        w.leaf('TH', () => w.use('body').text(row.label, x + PAD, top + PAD, { width: labelWidth - PAD * 2, lineGap: LINE_GAP }), { scope: 'Row' })
        w.leaf('TD', () => numberCell(w, formatNumber(row.n), x + labelWidth, top))
        w.leaf('TD', () => numberCell(w, formatPercent(row.percent), x + labelWidth + NUMBER_COLUMN, top))
      })
      w.decoration(() => rule(w, x, top + height))
      w.doc.y = top + height
    }
  })
  w.space(10)
}

function numberCell(w: PdfWriter, text: string, x: number, top: number): void {
  w.use('body').text(text, x, top + PAD, { width: NUMBER_COLUMN - PAD, align: 'right', lineBreak: false })
}

function rule(w: PdfWriter, x: number, y: number): void {
  w.doc.moveTo(x, y).lineTo(x + w.width, y).lineWidth(0.5).strokeColor(COLOURS.line).stroke()
}

/** The header row: tagged the first time, an artifact when repeated after a page break. */
function headerRow(w: PdfWriter, labelWidth: number, height: number, tagged: boolean): void {
  const x = w.x
  const top = w.doc.y
  const lefts = [x + PAD, x + labelWidth, x + labelWidth + NUMBER_COLUMN]
  const draw = (index: number) => {
    const options = index === 0 ? { width: labelWidth - PAD * 2 } : { width: NUMBER_COLUMN - PAD, align: 'right' as const }
    w.use('label').text(HEADERS[index]!, lefts[index]!, top + PAD, { ...options, lineBreak: false })
  }
  w.decoration(() => {
    w.doc.rect(x, top, w.width, height).fill(COLOURS.accentSoft)
    rule(w, x, top + height)
  })
  if (tagged) {
    w.group('TR', () => HEADERS.forEach((_, index) => w.leaf('TH', () => draw(index), { scope: 'Column' })))
  } else {
    w.decoration(() => HEADERS.forEach((_, index) => draw(index)))
  }
  w.doc.y = top + height
}
