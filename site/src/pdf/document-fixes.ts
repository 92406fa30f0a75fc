/**
 * What every toolkit PDF gets on top of pdfkit, in the build and in the
 * browser alike (no file system here): metadata that stays valid XML, and
 * links that describe their target.
 */
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
