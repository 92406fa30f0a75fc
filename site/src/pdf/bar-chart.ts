/**
 * A horizontal bar chart of a survey table, drawn with pdfkit vector
 * graphics on a fixed 0–100% scale. It is a Figure whose alternative text
 * lists every value; a chart too tall for one page is split into parts,
 * each a Figure of its own.
 */
import type { SurveyRow } from '@toolkit/schemas'
import { formatNumber, formatPercent } from '../lib/view/format.ts'
import { COLOURS, LINE_GAP, MARGINS } from './style.ts'
import type { PdfWriter } from './writer.ts'

const VALUE_WIDTH = 86
const BAR_HEIGHT = 10
/** Chart labels are cut short; the table above gives them in full. */
const MAX_LABEL = 200

export function barChart(w: PdfWriter, rows: readonly SurveyRow[], description: string): void {
  const labelWidth = Math.round(w.width * 0.42)
  const labelOf = (row: SurveyRow) => (row.label.length > MAX_LABEL ? `${row.label.slice(0, MAX_LABEL - 1)}…` : row.label)
  const heightOf = (row: SurveyRow) => Math.max(w.heightOf(labelOf(row), 'small', labelWidth - 8), BAR_HEIGHT) + 8

  // Split the rows into parts that each fit on a page.
  const parts: SurveyRow[][] = [[]]
  let used = 0
  let available = w.bottom - w.doc.y
  for (const row of rows) {
    const height = heightOf(row)
    if (parts.at(-1)!.length > 0 && used + height > available) {
      parts.push([])
      used = 0
      available = w.bottom - MARGINS.top
    }
    parts.at(-1)!.push(row)
    used += height
  }

  parts.forEach((part, index) => {
    const numbering = parts.length > 1 ? ` (deel ${index + 1} van ${parts.length})` : ''
    const values = part.map((row) => `${row.label}: ${formatPercent(row.percent)}`).join('; ')
    const height = part.reduce((sum, row) => sum + heightOf(row), 0) + 4
    w.figure(`Staafdiagram${numbering}: ${description}. ${values}.`, height, (x, y) => {
      const barLeft = x + labelWidth
      const barMax = w.width - labelWidth - VALUE_WIDTH
      let top = y
      for (const row of part) {
        const rowHeight = heightOf(row)
        w.use('small').fillColor(COLOURS.ink).text(labelOf(row), x, top + 3, { width: labelWidth - 8, lineGap: LINE_GAP })
        const barWidth = (barMax * Math.min(100, Math.max(0, row.percent))) / 100
        if (barWidth > 0) w.doc.rect(barLeft, top + 4, barWidth, BAR_HEIGHT).fill(COLOURS.accent)
        w.use('small').text(`${formatPercent(row.percent)} (n = ${formatNumber(row.n)})`, barLeft + barWidth + 4, top + 4, { lineBreak: false })
        top += rowHeight
      }
      w.doc.moveTo(barLeft, y).lineTo(barLeft, top).lineWidth(0.75).strokeColor(COLOURS.muted).stroke()
    })
  })
  w.space(8)
}
