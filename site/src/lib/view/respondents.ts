/**
 * How a survey table's group is written. Normally "n = 471". Where the
 * printed percentages do not fit that number (the table has a note on the
 * figures, e.g. table 4.3, for which the monitor gives no n at all), the
 * number is only the size of the survey's panel, so it is not written as
 * the table's n.
 */
type Table = { respondents: number; figuresNote?: string | undefined }

export function respondentsText(table: Table): string {
  return table.figuresNote ? `${table.respondents} deelnemers aan de peiling; zie de noot bij de cijfers` : `n = ${table.respondents}`
}

/** The short form for a list or a chart legend: "n = 471", or "peiling: 628" where the n is not the table's. */
export function respondentsShort(table: Table): string {
  return table.figuresNote ? `peiling onder ${table.respondents}` : `n = ${table.respondents}`
}
