/**
 * A NUL character in text: SQLite's text functions stop at it, so
 * "nul\u0000byte" was stored as "nul" and answered 201. No editor types
 * one; it is refused with the field's path instead of being cut silently.
 */
export function nulByteProblem(data: unknown, path: string[] = []): { path: string; message: string } | undefined {
  if (typeof data === 'string') {
    if (!data.includes('\u0000')) return undefined
    const at = path.join('.') || 'inhoud'
    return { path: at, message: `${at} bevat een onzichtbaar NUL-teken (\\u0000); haal het weg en probeer opnieuw.` }
  }
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      const problem = nulByteProblem(item, [...path, String(index)])
      if (problem) return problem
    }
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const problem = nulByteProblem(value, [...path, key]) ?? (key.includes('\u0000') ? nulByteProblem(key, [...path, key]) : undefined)
      if (problem) return problem
    }
  }
  return undefined
}
