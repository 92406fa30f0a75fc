/**
 * Text an editor marked as taken word for word from a source (an activity's
 * goals, key messages or a step's suggested text whose verbatim mark is set:
 * `verbatimMark` in the schemas) is shown as a quote, in quotation marks,
 * with a line saying so; everything else is in our own words and shown as
 * it is. One definition for the page, the embed, the PDFs and the run sheet.
 */
export function quoted(text: string): string {
  return `“${text.replace(/^[“"]|[”"]$/g, '')}”`
}

/** The text in quotation marks when it is marked verbatim, else as written. */
export function quotedIf(verbatim: boolean | undefined, text: string): string {
  return verbatim ? quoted(text) : text
}

/** Said once under a heading whose items are quoted (marked verbatim); never under text in our own words. */
export const VERBATIM_NOTE = 'Letterlijk overgenomen uit de beschrijving van de activiteit.'
