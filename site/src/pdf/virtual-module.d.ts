/** Types of the virtual module the PDF integration provides (vite-plugin.ts). */
declare module 'virtual:toolkit-pdf' {
  /** `collection/slug` → the PDF's link (with base path), its size in bytes and what it is. */
  const links: Readonly<Record<string, { href: string; bytes: number; label: string }>>
  export default links
}
