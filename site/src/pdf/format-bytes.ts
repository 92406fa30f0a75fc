import { formatNumber } from '../lib/view/format.ts'

/** File sizes the Dutch way, in decimal units: `123 kB`, `1,2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) {
    return `${formatNumber(bytes / 1_000_000)} MB`
  }
  return `${Math.max(1, Math.round(bytes / 1000))} kB`
}
