/**
 * QR codes drawn as vector squares (no bitmap): sharp at any print size and
 * a few hundred bytes. Runs of dark modules in a row become one rectangle and
 * the whole symbol is filled as one path, so no hairline seams show.
 */
import QRCode from 'qrcode'

/** Draws the QR code of `text` as a `size`-point square with its top-left corner at (x, y). */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const count = modules.size
  const cell = size / count
  for (let row = 0; row < count; row++) {
    let runStart = -1
    for (let col = 0; col <= count; col++) {
      const dark = col < count && modules.data[row * count + col] === 1
      if (dark && runStart < 0) runStart = col
      if (!dark && runStart >= 0) {
        doc.rect(x + runStart * cell, y + row * cell, (col - runStart) * cell, cell)
        runStart = -1
      }
    }
  }
  doc.fill('#000000')
}
