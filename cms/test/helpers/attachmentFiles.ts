/** Small real files of each kind an attachment may be, and the form an upload sends (attachments tests). */
import sharp from 'sharp'
import { strToU8, zipSync } from 'fflate'

/** The smallest PDF Payload's own check accepts (header, xref, %%EOF). */
export const pdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\nxref\n0 3\n0000000000 65535 f \ntrailer <</Size 3/Root 1 0 R>>\nstartxref\n0\n%%EOF\n', 'latin1')

/** An Office Open XML package (docx, pptx) as file-type recognises it: its content types name the main part. */
export const ooxml = (contentType: string, part: string) =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${contentType}"/></Types>`),
      [part]: strToU8('<x/>'),
    }),
  )

/** An OpenDocument package (odt, odp): its first entry, stored uncompressed, is the mimetype. */
export const odf = (mimeType: string) => Buffer.from(zipSync({ mimetype: [strToU8(mimeType), { level: 0 }], 'content.xml': strToU8('<x/>') }))

export const image = (format: 'png' | 'jpeg') => sharp({ create: { width: 4, height: 4, channels: 3, background: '#336699' } })[format]().toBuffer()

export const zip = (entries: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)]))))

export type Upload = { bytes: Buffer; name: string; type: string }

/** What the admin's upload form sends: the fields as `_payload` JSON and the file. */
export function uploadForm(file: Upload | undefined, data: Record<string, unknown> = { title: 'Vragen bij de scène', kind: 'question-sheet' }) {
  const body = new FormData()
  body.append('_payload', JSON.stringify(data))
  if (file) body.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return body
}
