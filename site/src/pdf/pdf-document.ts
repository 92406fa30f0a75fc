/**
 * A new pdfkit document with the toolkit's settings: A4, tagged, Dutch
 * (catalog /Lang nl-NL), title shown in the viewer's title bar, metadata
 * from the job, embedded fonts, and a creation date taken from the content
 * (not the clock) so unchanged content gives the same bytes.
 */
import PDFDocument from 'pdfkit'
import { registerFonts } from './fonts.ts'
import type { PdfJob } from './job-types.ts'
import { describeLinks, escapeXmpMetadata } from './document-fixes.ts'
import { MARGINS, TOOLKIT_NAME } from './style.ts'

/** The language of every PDF and of its structure tree. */
export const PDF_LANGUAGE = 'nl-NL'

export function createPdfDocument(job: PdfJob): PDFKit.PDFDocument {
  const date = new Date(job.updatedAt)
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...MARGINS },
    bufferPages: true,
    tagged: true,
    lang: PDF_LANGUAGE,
    displayTitle: true,
    pdfVersion: '1.7',
    // No default Helvetica: pdfkit would read its metrics file for every document.
    font: null as unknown as string,
    info: {
      Title: `${job.title} – ${job.docType.toLowerCase()}`,
      // pdfkit fails on an empty entry; a source without a known publisher has no author.
      ...(job.source.publisher ? { Author: job.source.publisher } : {}),
      Subject: job.subject,
      Keywords: `${TOOLKIT_NAME}, destigmatisering, ggz`,
      Creator: TOOLKIT_NAME,
      CreationDate: date,
      ModDate: date,
    },
  })
  escapeXmpMetadata(doc)
  describeLinks(doc)
  registerFonts(doc)
  return doc
}
