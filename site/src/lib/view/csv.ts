/**
 * CSV export of a survey table, for spreadsheet users, in the toolkit's CSV
 * dialect (@toolkit/schemas/csv: semicolons, BOM, decimal comma, never a
 * formula), numbers as printed in the source.
 */
import type { SurveyTable } from '@toolkit/schemas'
import { spreadsheetCsv } from '@toolkit/schemas/csv'

/** The table's answer rows: `antwoord;n;percentage`, with a BOM for Excel. */
export function surveyTableCsv(table: Pick<SurveyTable, 'rows'>): string {
  const rows = table.rows.map((row) => [row.label, row.n, row.percent])
  return spreadsheetCsv([['antwoord', 'n', 'percentage'], ...rows])
}

/** File name of a table's CSV download, e.g. `tabel-4-5.csv`. */
export function csvFileName(slug: string): string {
  return `${slug}.csv`
}
