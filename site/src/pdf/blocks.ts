/**
 * Blocks every kind of sheet shares: the title block, "nog niet beschikbaar"
 * notices, the source note and the link with QR code back to the page.
 */
import { formatDate } from '../lib/view/format.ts'
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

/** An honest "not available" line where a field is still empty. */
export function notAvailable(w: PdfWriter, what?: string): void {
  w.paragraph(what ? `Nog niet beschikbaar: ${what}` : 'Nog niet beschikbaar.', 'small')
}

/**
 * The document's gaps (what the sources leave open), as the site shows them:
 * a heading "Nog niet beschikbaar" and a list, on a warm background when the
 * block fits on one page.
 */
export function gapsNotice(w: PdfWriter, gaps: readonly string[], level: 2 | 3 | 4 = 2): void {
  if (gaps.length === 0) return
  const pad = 10
  const bullet = 14
  const title = 'Nog niet beschikbaar'
  const titleHeight = w.heightOf(title, 'h3', w.width - pad * 2) + 4
  const itemsHeight = gaps.reduce((sum, gap) => sum + w.heightOf(gap, 'body', w.width - pad * 2 - bullet) + 3, 0)
  const total = pad * 2 + titleHeight + itemsHeight + 2
  w.space(8)
  const boxed = total <= w.bottom - MARGINS.top
  if (boxed) w.keepSpace(total)
  const top = w.doc.y
  const page = w.doc.page
  if (boxed) {
    const { x, width } = w
    w.decoration(() => {
      w.doc.rect(x, top, width, total).fill(COLOURS.gapBackground)
      w.doc.rect(x, top, 3, total).fill(COLOURS.gapLine)
    })
  }
  w.group('Sect', () => {
    w.doc.y += pad
    w.indented(pad, () => {
      w.width -= pad
      w.leaf(`H${level}`, () => w.draw(title, 'h3'))
      w.doc.y += 4
      w.list([...gaps])
      w.width += pad
    })
  })
  if (boxed && w.doc.page === page) w.doc.y = Math.max(w.doc.y, top + total)
  w.space(8)
}

/** Where the facts come from and when the document last changed, as tagged body text. */
export function sourceNote(w: PdfWriter, job: PdfJob): void {
  const { title, publisher, location } = job.source
  w.space(4)
  w.paragraph(`Bron: ${title} (${publisher})${location ? `, ${location}` : ''}. Laatst bijgewerkt op ${formatDate(job.updatedAt)}.`, 'small')
}

/** The page on the site, as a QR code (a Figure with alt text) and a printed link. */
export function pageLink(w: PdfWriter, url: string, intro: string): void {
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
