/**
 * A run sheet as PDF bytes, in the toolkit's house style: A4, tagged, Dutch,
 * embedded Atkinson Hyperlegible, the same header and footer as every other
 * sheet. It runs in Node (tests) and in the browser (the planner page loads
 * it only when someone asks for the PDF); the caller hands in the fonts,
 * because Node reads them from disk and the browser fetches them.
 */
import type { RunSheet } from '../../lib/planner/describe.ts'
import type { PdfJob } from '../job-types.ts'
import { drawPageFrames } from '../page-frame.ts'
import { PdfWriter } from '../writer.ts'
import { renderRunSheet, type RunSheetMeta } from './run-sheet.ts'
import { newTaggedDocument } from '../tagged-document.ts'

/** Regular, bold and italic, as fontkit fonts or font file bytes. */
export type RunSheetFonts = Record<'regular' | 'bold' | 'italic', unknown>

export type RunSheetSource = {
  /** The guide the plan follows, for the footer. */
  source: { title: string; publisher: string | null; location?: string }
  /** When the guide's content last changed (ISO 8601): the PDF's date. */
  updatedAt: string
}

export async function runSheetPdf(sheet: RunSheet, meta: RunSheetMeta & RunSheetSource, fonts: RunSheetFonts): Promise<Uint8Array> {
  const doc = newTaggedDocument({
    title: `${sheet.title} – draaiboek`,
    author: meta.source.publisher,
    subject: `Draaiboek voor een teambijeenkomst over stigma van ${sheet.total} minuten.`,
    keywords: 'draaiboek',
    updatedAt: meta.updatedAt,
  })
  for (const [face, font] of Object.entries(fonts)) doc.registerFont(face, font as ArrayBuffer)
  doc.font('regular')
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })
  renderRunSheet(new PdfWriter(doc), sheet, meta)
  // The frame reads only what every job has: title, kind, source, date and address.
  const frameJob = { title: sheet.title, docType: 'Draaiboek teambijeenkomst', source: meta.source, updatedAt: meta.updatedAt, pageUrl: meta.planUrl } as unknown as PdfJob
  // A plan has no content version of its own: the footer names the meeting it is for.
  drawPageFrames(doc, frameJob, `bijeenkomst van ${sheet.total} minuten`)
  doc.end()
  await finished
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
