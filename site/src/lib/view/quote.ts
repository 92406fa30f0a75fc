/**
 * Text taken word for word from a source (the schema's verbatim fields: an
 * activity's goals, key messages and suggested texts) is shown as a quote,
 * in quotation marks, with a line saying so; everything else is in our own
 * words. One definition for the page, the embed, the PDFs and the run sheet.
 */
export function quoted(text: string): string {
  return `“${text.replace(/^[“"]|[”"]$/g, '')}”`
}

/** Said once under a heading whose items are quoted. */
export const VERBATIM_NOTE = 'Letterlijk overgenomen uit de beschrijving van de activiteit.'
