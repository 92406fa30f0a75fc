/** Types of the virtual module the PDF integration provides (integrations/pdf.ts). */
declare module 'virtual:toolkit-pdf' {
  /** `collection/slug` → the PDF's link (with base path), its size in bytes and what it is. */
  const links: Readonly<import('./links.ts').PdfLinks>
  export default links
}
