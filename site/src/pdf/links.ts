/**
 * The one lookup pages use: the PDF of a document, with its link and size,
 * as generated before the pages render (integrations/pdf.ts).
 */
import links from 'virtual:toolkit-pdf'
import { recordRead } from '../lib/content/reads.ts'

export type PdfLink = {
  /** Link to the PDF, with the base path. */
  href: string
  /** Size in bytes. */
  bytes: number
  /** What the PDF is, for the link's accessible name: "Hoop, vragenblad bij een filmfragment". */
  label: string
}

/** Every document's PDF link by `collection/slug`: the virtual module's content (integrations/pdf.ts). */
export type PdfLinks = Record<string, PdfLink>

/**
 * The PDF of a document, or undefined when its collection has none (guidance,
 * themes), so one call in the shared detail page serves every collection.
 */
export function pdfFor(collection: string, slug: string): PdfLink | undefined {
  const key = `${collection}/${slug}`
  // The page depends on the link and its size (src/lib/content/reads.ts).
  recordRead(`pdf ${key}`)
  return links[key]
}
