/**
 * A new toolkit PDF, in the build and in the browser alike (no file system
 * here; callers register the fonts): A4, tagged, Dutch (catalog /Lang
 * nl-NL), title shown in the viewer's title bar, metadata that stays valid
 * XML, links that describe their target, and a creation date taken from the
 * content (not the clock) so unchanged content gives the same bytes.
 */
import PDFDocument from 'pdfkit'
import { SITE_NAME } from '@toolkit/schemas/site-name'
import { MARGINS } from './style.ts'

/** The language of every PDF and of its structure tree. */
export const PDF_LANGUAGE = 'nl-NL'

export type DocumentMeta = {
  title: string
  /** The source's publisher, when the source names one. */
  author: string | null | undefined
  subject: string
  /** Words after the toolkit's own keywords. */
  keywords?: string
  /** When the content last changed (ISO 8601). */
  updatedAt: string
}

export function newTaggedDocument(meta: DocumentMeta): PDFKit.PDFDocument {
  const date = new Date(meta.updatedAt)
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
      Title: meta.title,
      // pdfkit fails on an empty entry; a source without a known publisher has no author.
      ...(meta.author ? { Author: meta.author } : {}),
      Subject: meta.subject,
      Keywords: [`${SITE_NAME}, destigmatisering, ggz`, meta.keywords].filter(Boolean).join(', '),
      Creator: SITE_NAME,
      CreationDate: date,
      ModDate: date,
    },
  })
  escapeXmpMetadata(doc)
  describeLinks(doc)
  return doc
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * pdfkit copies the info strings into the XMP packet without escaping them,
 * so a title with "&" would make the XML invalid. The Info dictionary is
 * written before the XMP packet, so escaping just before keeps it intact.
 */
export function escapeXmpMetadata(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { endMetadata(): void; info: Record<string, unknown> }
  const endMetadata = target.endMetadata.bind(doc)
  target.endMetadata = () => {
    for (const [key, value] of Object.entries(target.info)) {
      if (typeof value === 'string') target.info[key] = value.replace(/[&<>]/g, (char) => XML_ESCAPES[char]!)
    }
    endMetadata()
  }
}

/**
 * PDF/UA wants every link annotation to describe itself (/Contents); pdfkit
 * leaves it empty for links made by text(). The description names the target.
 */
export function describeLinks(doc: PDFKit.PDFDocument): void {
  type Link = (x: number, y: number, w: number, h: number, url: string | number, options?: Record<string, unknown>) => unknown
  const target = doc as unknown as { link: Link }
  const link = target.link.bind(doc)
  target.link = (x, y, w, h, url, options = {}) =>
    link(x, y, w, h, url, { Contents: new String(`Link naar ${String(url)}`), ...options })
}
