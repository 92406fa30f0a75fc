/**
 * Renders one job to PDF bytes: a tagged A4 document, the sheet of the
 * job's kind, then the frame of every page once the page count is known.
 *
 * Also the worker threads' entry (tinypool, worker-pool.ts): its default
 * export renders one job and hands the bytes back transferred, not copied.
 */
import Tinypool from 'tinypool'
import { renderActivityHandout } from './documents/activity-handout.ts'
import { renderCaseSheet } from './documents/case-sheet.ts'
import { renderEvidenceSheet } from './documents/evidence-sheet.ts'
import { renderFragmentSheet } from './documents/fragment-sheet.ts'
import { renderInterventionSheet } from './documents/intervention-sheet.ts'
import { renderProductionBooklet } from './documents/production-booklet.ts'
import type { PdfJob, RenderExtras } from './job-types.ts'
import { drawPageFrames } from './page-frame.ts'
import { createPdfDocument } from './pdf-document.ts'
import { PdfWriter } from './writer.ts'

export type RenderRequest = { job: PdfJob; extras: RenderExtras }

function renderSheet(writer: PdfWriter, job: PdfJob): void {
  switch (job.collection) {
    case 'fragments':
      return renderFragmentSheet(writer, job)
    case 'activities':
      return renderActivityHandout(writer, job)
    case 'interventions':
      return renderInterventionSheet(writer, job)
    case 'cases':
      return renderCaseSheet(writer, job)
    case 'evidence':
      return renderEvidenceSheet(writer, job)
    case 'productions':
      return renderProductionBooklet(writer, job)
  }
}

export async function renderPdf(job: PdfJob, extras: RenderExtras): Promise<Uint8Array> {
  const doc = createPdfDocument(job)
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  if (job.collection === 'productions') {
    // Booklets open with their bookmarks shown.
    ;(doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.PageMode = 'UseOutlines'
  }
  renderSheet(new PdfWriter(doc), job)
  drawPageFrames(doc, job, `versie ${extras.version}`)
  doc.end()
  await finished
  return Buffer.concat(chunks)
}

export default async function render({ job, extras }: RenderRequest): Promise<Uint8Array> {
  // A fresh array owns its buffer, so it can be transferred (Buffer.concat may use a shared pool).
  return Tinypool.move(new Uint8Array(await renderPdf(job, extras))) as Uint8Array
}
