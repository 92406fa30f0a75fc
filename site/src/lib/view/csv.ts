/**
 * CSV export of a survey table, for spreadsheet users: semicolon-separated
 * and UTF-8 with BOM, which Dutch Excel opens correctly, numbers as printed
 * in the source (decimal comma).
 */
import type { SurveyTable } from '@toolkit/schemas'

const BOM = '\uFEFF'

export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsvLines(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n'
}

/** The table's answer rows: `antwoord;n;percentage`. */
export function surveyTableCsv(table: Pick<SurveyTable, 'rows'>): string {
  return BOM + toCsvLines([['antwoord', 'n', 'percentage'], ...table.rows.map((row) => [row.label, row.n, row.percent])])
}

/** File name of a table's CSV download, e.g. `tabel-4-5.csv`. */
export function csvFileName(slug: string): string {
  return `${slug}.csv`
}
