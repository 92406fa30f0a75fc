/** Reading PDFs in tests: text, metadata, outline, structure and text positions (pdf.js through unpdf). */
import { inflateSync } from 'node:zlib'
import { getDocumentProxy } from 'unpdf'
import type { Snapshot } from '@toolkit/schemas'
import type { PdfCollection, PdfJob } from '../src/pdf/job-types.ts'
import { pdfJobs } from '../src/pdf/jobs.ts'
import { renderPdf } from '../src/pdf/render.ts'
import { fonts } from '../src/pdf/fonts.ts'
import { runSheetPdf } from '../src/pdf/documents/run-sheet-pdf.ts'
import { TEST_SITE } from './pdf-fixtures.ts'

export type ReadPdf = Awaited<ReturnType<typeof readPdf>>

/** The job of one document of a snapshot. */
export function jobOf(snapshot: Snapshot, collection: PdfCollection, slug: string): PdfJob {
  const job = pdfJobs(snapshot, TEST_SITE).find((candidate) => candidate.collection === collection && candidate.slug === slug)
  if (!job) throw new Error(`no job for ${collection}/${slug}`)
  return job
}

export async function renderJob(snapshot: Snapshot, collection: PdfCollection, slug: string) {
  return readPdf(await renderPdf(jobOf(snapshot, collection, slug), { version: 'test1234' }))
}

type TextItem = { str: string; transform: number[]; width: number; height: number }

export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const pages = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    const items = content.items.flatMap((item) => ('str' in item ? [item as TextItem] : []))
    const [, , width, height] = page.view as [number, number, number, number]
    pages.push({ items, width, height, text: normalise(items.map((item) => item.str).join(' ')), structTree: await page.getStructTree() })
  }
  const meta = await pdf.getMetadata()
  const outline = (await pdf.getOutline()) ?? []
  const raw = Buffer.from(bytes).toString('latin1')
  return { pdf, pages, text: normalise(pages.map((page) => page.text).join(' ')), info: meta.info as Record<string, unknown>, outline, raw, bytes }
}

/** One space between words, whatever the line breaks. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Roles of a page's structure tree, depth first. */
export function roles(node: unknown): string[] {
  const { role, children } = (node ?? {}) as { role?: string; children?: unknown[] }
  return [...(role ? [role] : []), ...(children ?? []).flatMap(roles)]
}

/** Alternative texts in a page's structure tree. */
export function altTexts(node: unknown): string[] {
  const { alt, children } = (node ?? {}) as { alt?: string; children?: unknown[] }
  return [...(alt ? [alt] : []), ...(children ?? []).flatMap(altTexts)]
}

/**
 * Text that lies outside the page, or outside the text column, or in the
 * bands between the header and the body and between the body and the footer.
 */
export function misplacedText(read: ReadPdf, margins: { top: number; bottom: number; left: number; right: number }) {
  const problems: string[] = []
  read.pages.forEach((page, index) => {
    for (const item of page.items) {
      if (!item.str.trim()) continue
      const [, , , , x, baseline] = item.transform as [number, number, number, number, number, number]
      const fromTop = page.height - baseline
      const where = `pagina ${index + 1}: "${item.str.slice(0, 40)}"`
      if (x < margins.left - 0.5 || x + item.width > page.width - margins.right + 0.5) problems.push(`${where} buiten de kolom (x ${x.toFixed(1)}, breedte ${item.width.toFixed(1)})`)
      if (fromTop < 0 || fromTop > page.height) problems.push(`${where} buiten de pagina`)
      if (fromTop > page.height - margins.bottom + 1 && fromTop < page.height - 74) problems.push(`${where} in de ondermarge`)
      if (fromTop > 58 && fromTop < margins.top) problems.push(`${where} in de bovenmarge`)
    }
  })
  return problems
}

/**
 * Drawing operators (text, rectangles, paths) on page content streams that
 * are neither in a tagged structure element nor in an artifact. pdfkit
 * starts every page stream with the same flip of the y axis, which is how
 * page streams are told apart from font and metadata streams.
 */
export function untaggedOperators(bytes: Uint8Array): { pageStreams: number; untagged: string[] } {
  const raw = Buffer.from(bytes)
  const untagged: string[] = []
  let pageStreams = 0
  let at = 0
  for (;;) {
    const start = raw.indexOf('>>\nstream\n', at)
    if (start < 0) break
    const end = raw.indexOf('\nendstream', start)
    if (end < 0) break
    at = end + 1
    let text: string
    try {
      text = inflateSync(raw.subarray(start + 10, end)).toString('latin1')
    } catch {
      continue
    }
    if (!text.startsWith('1 0 0 -1 0 841.89 cm')) continue
    pageStreams++
    let depth = 0
    for (const line of text.split('\n').map((item) => item.trim())) {
      if (line.endsWith('BDC') || line.endsWith('BMC')) depth++
      else if (line === 'EMC') depth--
      else if (depth === 0 && /(?:\bTJ|\bTj|\bre|\bf|\bS|\bl)$/.test(line)) untagged.push(line)
    }
  }
  return { pageStreams, untagged }
}

/** The text of the run sheet PDF of `sheet`, with a test plan and evaluation address and the production's source. */
export async function runSheetText(sheet: Parameters<typeof runSheetPdf>[0], production: Pick<Parameters<typeof runSheetPdf>[1], 'source' | 'updatedAt'>) {
  const context = {
    planUrl: 'https://toolkit.example.nl/plannen/?tijd=90',
    evaluationUrl: 'https://toolkit.example.nl/evaluatie/?sessie=s-test123',
    source: production.source,
    updatedAt: production.updatedAt,
  }
  return (await readPdf(await runSheetPdf(sheet, context, fonts()))).text
}
