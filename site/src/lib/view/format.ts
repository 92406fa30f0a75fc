/**
 * Dutch number, percentage, duration and date formatting for readers. The
 * formatters are made once: making one costs about 50 µs, on every page of a
 * build (10,000 documents: over 2 s of a cold build for the source notes'
 * dates alone, measured with a CPU profile).
 */

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })
const DATE = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' })

/** `17` → `17%`, `22.3` → `22,3%` */
export function formatPercent(percent: number): string {
  return `${formatNumber(percent)}%`
}

/** `22.3` → `22,3`, `1123` → `1.123` */
export function formatNumber(value: number): string {
  return NUMBER.format(value)
}

/** `{20, 25}` → `20–25 minuten`, `{60, 240}` → `1–4 uur`, `{120,120}` → `2 uur` */
export function formatMinutesRange(range: { min: number; max: number }): string {
  const wholeHours = range.min % 60 === 0 && range.max % 60 === 0
  if (wholeHours && range.min >= 60) {
    const [min, max] = [range.min / 60, range.max / 60]
    return min === max ? `${min} uur` : `${min}–${max} uur`
  }
  return range.min === range.max ? `${range.min} minuten` : `${range.min}–${range.max} minuten`
}

/** `2025-01-15T10:00:00Z` → `15 januari 2025` (Dutch time). */
export function formatDate(iso: string): string {
  return DATE.format(new Date(iso))
}

/** Joins words Dutch style: `a, b en c`. */
export function joinDutch(words: readonly string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} en ${words.at(-1)}`
}

/** Vocabulary labels as one phrase, the site's and the PDFs' way: `Kennis, houding en vaardigheden` (not `Kennis en Houding`). */
export function labelPhrase(labels: readonly string[]): string {
  return joinDutch(labels.map((label, i) => (i === 0 ? label : label.charAt(0).toLocaleLowerCase('nl') + label.slice(1))))
}
