/**
 * The frame of every page, drawn after the content when the page count is
 * known: the toolkit's name and the kind of sheet above, the source, the
 * content's date, its edition ("versie 1a2b3c4d", a run sheet's "bijeenkomst
 * van 90 minuten") and "pagina 2 van 5" below. All of it is an
 * artifact (pagination), so screen readers skip it; the body repeats the
 * source in tagged text (blocks.ts, sourceNote).
 */
import { formatDate } from '../lib/view/format.ts'
import { sourceText } from '../lib/view/source-line.ts'
import type { PdfJob } from './job-types.ts'
import { SITE_NAME } from '@toolkit/schemas/site-name'
import { COLOURS, COLUMN, MARGINS, PAGE, SIZES } from './style.ts'

const HEADER_Y = 40
const HEADER_RULE_Y = 58
const FOOTER_RULE_Y = PAGE.height - 74
const PAGE_NUMBER_WIDTH = 80

export function drawPageFrames(doc: PDFKit.PDFDocument, job: PdfJob, edition: string): void {
  const { start, count } = doc.bufferedPageRange()
  const left = MARGINS.left
  const right = PAGE.width - MARGINS.right
  const sourceLine = `Bron: ${sourceText(job.source)}`
  const versionLine = `Inhoud van ${formatDate(job.updatedAt)} · ${edition} · ${job.pageUrl}`
  const textWidth = COLUMN - PAGE_NUMBER_WIDTH - 10

  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index)
    // Text below the bottom margin would make pdfkit start a new page.
    const margins = doc.page.margins
    doc.page.margins = { ...margins, bottom: 0 }

    doc.markContent('Artifact', { type: 'Pagination', attached: ['Top'] } as PDFKit.Mixins.MarkingOptions)
    doc.font('bold').fontSize(SIZES.small + 1).fillColor(COLOURS.accent)
    doc.text(SITE_NAME, left, HEADER_Y, { lineBreak: false })
    doc.font('regular').fontSize(SIZES.small).fillColor(COLOURS.muted)
    doc.text(job.docType, left + 160, HEADER_Y + 1, { width: COLUMN - 160, align: 'right', height: 12, ellipsis: true })
    doc.moveTo(left, HEADER_RULE_Y).lineTo(right, HEADER_RULE_Y).lineWidth(0.75).strokeColor(COLOURS.accent).stroke()
    doc.endMarkedContent()

    doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] } as PDFKit.Mixins.MarkingOptions)
    doc.moveTo(left, FOOTER_RULE_Y).lineTo(right, FOOTER_RULE_Y).lineWidth(0.5).strokeColor(COLOURS.line).stroke()
    doc.font('regular').fontSize(SIZES.frame).fillColor(COLOURS.muted)
    doc.text(sourceLine, left, FOOTER_RULE_Y + 8, { width: textWidth, height: 20, ellipsis: true, lineGap: 1 })
    doc.text(versionLine, left, FOOTER_RULE_Y + 30, { width: textWidth, height: 10, ellipsis: true })
    doc.font('bold').fontSize(SIZES.small).fillColor(COLOURS.ink)
    doc.text(`pagina ${index - start + 1} van ${count}`, right - PAGE_NUMBER_WIDTH, FOOTER_RULE_Y + 8, {
      width: PAGE_NUMBER_WIDTH,
      align: 'right',
      lineBreak: false,
    })
    doc.endMarkedContent()

    doc.page.margins = margins
  }
}
