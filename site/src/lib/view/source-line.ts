/**
 * The source of a document's facts in one line, "Title (Publisher),
 * location", as the PDFs print it (page frame, source note, sheets). The
 * page's source note (SourceNote.astro) puts the same title and location
 * after the publisher's credit.
 */
export type SourceRef = { title: string; publisher: string | null; location?: string }

export function sourceText({ title, publisher, location }: SourceRef): string {
  return `${title}${publisher ? ` (${publisher})` : ''}${location ? `, ${location}` : ''}`
}
