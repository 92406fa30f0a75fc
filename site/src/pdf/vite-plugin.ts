/**
 * The virtual module `virtual:toolkit-pdf`: the PDF links of this build
 * (`collection/slug` → href and size), inlined into the pages when they are
 * bundled. Loading it waits for the PDFs to be generated, so a page never
 * renders with a size that is not known yet.
 */
import type { Plugin } from 'vite'

export const PDF_LINKS_MODULE = 'virtual:toolkit-pdf'
const RESOLVED_ID = `\0${PDF_LINKS_MODULE}`

export type PdfLinks = Record<string, { href: string; bytes: number; label: string }>

export function pdfLinksPlugin(links: () => Promise<PdfLinks>): Plugin {
  return {
    name: 'toolkit:pdf-links',
    resolveId(id) {
      return id === PDF_LINKS_MODULE ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      return `export default ${JSON.stringify(await links())}`
    },
  }
}
