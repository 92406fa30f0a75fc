/**
 * Blocks every kind of sheet shares: the title block, the source note and the
 * link with QR code back to the page. A sheet leaves out what its content
 * lacks; it never prints notes for editors.
 */
import type { AttachmentLink } from '../lib/view/attachments.ts'
import { formatDate } from '../lib/view/format.ts'
import { sourceText } from '../lib/view/source-line.ts'
import type { PdfJob } from './job-types.ts'
import { drawQrCode } from './qr-code.ts'
import { COLOURS, MARGINS } from './style.ts'
import type { PdfWriter } from './writer.ts'

/** Kicker line, the document's title (H1) and an optional lead paragraph. */
export function titleBlock(w: PdfWriter, title: string, kicker?: string, lead?: string): void {
  if (kicker) w.paragraph(kicker, 'kicker')
  w.heading(1, title)
  if (lead) w.paragraph(lead, 'lead')
}

/** Where the facts come from and when the document last changed, as tagged body text. */
export function sourceNote(w: PdfWriter, job: PdfJob): void {
  w.space(4)
  w.paragraph(`Bron: ${sourceText(job.source)}. Laatst bijgewerkt op ${formatDate(job.updatedAt)}.`, 'small')
}

/** The page on the site, as a QR code (a Figure with alt text) and a printed link. */
export function pageLink(w: PdfWriter, url: string, intro: string, note?: string): void {
  const size = 72
  w.space(12)
  w.keepSpace(size + 8)
  const top = w.doc.y
  w.group('Div', () => {
    w.figure(`QR-code met de link naar ${url}`, size, (x, y) => drawQrCode(w.doc, url, x, y, size), size)
    w.doc.y = top
    w.indented(size + 16, () => {
      w.paragraph(intro, 'label')
      w.link(url)
      if (note) w.paragraph(note, 'small')
    })
  })
  w.doc.y = Math.max(w.doc.y, top + size)
  w.space(6)
}

/** Labelled external links: the label, then the address as a link. */
export function linkList(w: PdfWriter, links: ReadonlyArray<{ label: string; url: string }>): void {
  w.list(
    links.map((link) => () => {
      w.paragraph(link.label, 'label')
      w.link(link.url)
    }),
  )
}

/**
 * "Bijlagen": each file's title, what it is, type and size, and its address
 * (printed once). Nothing when there are none. The links are made by
 * lib/view/attachments.ts; only their type is imported, so the browser's run
 * sheet PDF does not load the schemas.
 */
export function attachmentSection(w: PdfWriter, links: readonly AttachmentLink[] | undefined, level: 2 | 3 | 4): void {
  if (!links?.length) return
  w.section(level, 'Bijlagen', () => linkList(w, links.map((link) => ({ label: `${link.title} (${link.meta})`, url: link.url }))), { bookmark: level === 2 })
}
