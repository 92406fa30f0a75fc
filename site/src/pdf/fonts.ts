/**
 * The PDFs' typeface: Atkinson Hyperlegible (OFL), designed by the Braille
 * Institute for readers with low vision, from the @fontsource npm package
 * (no downloads at build time). Fonts are embedded and subset by pdfkit, as
 * PDF/UA requires; the standard PDF fonts would not be embedded.
 *
 * Each thread unpacks the WOFF files once (woff.ts) and parses them once
 * with fontkit; every document then reuses the parsed fonts. Parsing them
 * per document took longer than laying out the document itself.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { create, type Font } from 'fontkit'
import { woffToSfnt } from './woff.ts'

export const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible'

/** The faces the sheets use, by the name pdfkit knows them under. */
export const FONT_FILES = {
  regular: 'atkinson-hyperlegible-latin-400-normal.woff',
  bold: 'atkinson-hyperlegible-latin-700-normal.woff',
  italic: 'atkinson-hyperlegible-latin-400-italic.woff',
} as const

export type FontFace = keyof typeof FONT_FILES

/** Folder of the font files (the package's exports map other paths to CSS). */
export function fontDir(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), 'files')
}

let parsed: Record<FontFace, Font> | undefined

/** The faces, unpacked and parsed once per thread. */
export function fonts(): Record<FontFace, Font> {
  parsed ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([face, file]) => [face, create(woffToSfnt(readFileSync(join(fontDir(), file)))) as Font]),
  ) as Record<FontFace, Font>
  return parsed
}

/** Makes the faces available to a document under their names ('regular', 'bold', 'italic'). */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit takes a parsed fontkit font wherever it takes a font file.
  for (const [face, font] of Object.entries(fonts())) doc.registerFont(face, font as unknown as Buffer)
  doc.font('regular')
}
