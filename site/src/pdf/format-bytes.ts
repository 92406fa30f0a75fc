/** File sizes the Dutch way, in decimal units: `123 kB`, `1,2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) {
    return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`
  }
  return `${Math.max(1, Math.round(bytes / 1000))} kB`
}
