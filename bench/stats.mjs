/** Small number helpers shared by the benchmark scripts. */

export const round = (value, digits = 2) => Number(value.toFixed(digits))

/** Nearest-rank percentile (p in 0..100) of a list of numbers; undefined for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** `value / base`, rounded; null when either is missing or the base is zero. */
export function ratio(value, base, digits = 2) {
  if (value == null || base == null || base === 0) return null
  return round(value / base, digits)
}
