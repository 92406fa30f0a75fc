/**
 * A new toolkit PDF in the build: the shared document settings
 * (tagged-document.ts) with the embedded fonts read from disk.
 */
import { newTaggedDocument } from './tagged-document.ts'
import { registerFonts } from './fonts.ts'
import type { PdfJob } from './job-types.ts'

export function createPdfDocument(job: PdfJob): PDFKit.PDFDocument {
  const doc = newTaggedDocument({
    title: `${job.title} – ${job.docType.toLowerCase()}`,
    author: job.source.publisher,
    subject: job.subject,
    updatedAt: job.updatedAt,
  })
  registerFonts(doc)
  return doc
}
