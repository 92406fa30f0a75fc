/**
 * The toolkit's CSV dialect, for every file a spreadsheet opens: the site's
 * survey-table downloads and open data, and the CMS's evaluation results.
 * Semicolon-separated, CRLF line ends and UTF-8 with BOM, which Dutch Excel
 * opens correctly; numbers with a decimal comma; no text cell a spreadsheet
 * would run as a formula. Written by csv-stringify; this module only decides
 * the dialect and what a cell may start with. Its own entry point
 * (`@toolkit/schemas/csv`), so the browser bundles never load csv-stringify.
 */
import { stringify, type Options } from 'csv-stringify/sync'

/**
 * A text cell a spreadsheet would run as a formula: it starts with = + - @
 * (or their full-width forms, which Apple Numbers folds into them), or with a
 * tab or carriage return (OWASP, "CSV Injection"). Leading whitespace is
 * looked through, because spreadsheets skip it before reading a formula; this
 * is also why csv-stringify's own `escape_formulas`, which looks at the first
 * character only, is not enough.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/

/** Text as a spreadsheet shows it, never as a formula: a leading `'` marks the cell as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

const DIALECT: Options = {
  delimiter: ';',
  record_delimiter: 'windows',
  // Quote any CR or LF in a cell: with a record_delimiter set, csv-stringify
  // would otherwise only quote CRLF, and a lone LF would start a new row.
  quote_record_delimiter: true,
  cast: {
    // Numbers stay numbers, negative ones too: only text can carry a formula.
    number: (value) => String(value).replace('.', ','),
    string: neutraliseFormula,
  },
}

export type CsvRow = ReadonlyArray<string | number>

/** Rows as CSV lines (CRLF after each), without BOM. */
export function toCsvLines(rows: ReadonlyArray<CsvRow>): string {
  return stringify(rows.map((row) => [...row]), DIALECT)
}

/** One cell as it is written: quoted when needed, decimal comma, never a formula. */
export function csvField(value: string | number): string {
  return toCsvLines([[value]]).replace(/\r\n$/, '')
}

/** A whole file (its header row first), with a BOM for Excel. */
export function spreadsheetCsv(rows: ReadonlyArray<CsvRow>): string {
  return stringify(rows.map((row) => [...row]), { ...DIALECT, bom: true })
}
