/**
 * The run sheet PDF in the browser. The planner page imports this module
 * only when someone clicks "Download pdf", so pdfkit, fontkit and the fonts
 * (together a few hundred kB) are not part of the page itself. The fonts are
 * the same WOFF files the server-side PDFs embed; fontkit unpacks WOFF itself.
 */
import { create } from 'fontkit'
import bold from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff?url'
import italic from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-italic.woff?url'
import regular from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff?url'
import type { RunSheet } from '../../lib/planner/describe.ts'
import { runSheetPdf, type RunSheetFonts, type RunSheetSource } from './run-sheet-pdf.ts'
import type { RunSheetMeta } from './run-sheet.ts'

async function load(url: string) {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Lettertype niet geladen (${response.status})`)
  return create(new Uint8Array(await response.arrayBuffer()) as unknown as Buffer)
}

let fonts: Promise<RunSheetFonts> | undefined

export async function runSheetBlob(sheet: RunSheet, meta: RunSheetMeta & RunSheetSource): Promise<Blob> {
  fonts ??= Promise.all([load(regular), load(bold), load(italic)]).then(([r, b, i]) => ({ regular: r, bold: b, italic: i }))
  const bytes = await runSheetPdf(sheet, meta, await fonts)
  return new Blob([bytes as BlobPart], { type: 'application/pdf' })
}
