/**
 * Up to two initials for an account: from the name ("Anna de Vries" → "AV"),
 * else from the e-mail address before the @ ("j.jansen@…" → "JJ").
 */
export function initialsOf(user: { name?: string | null; email?: string | null } | null | undefined): string {
  const source = user?.name?.trim() || user?.email?.split('@')[0] || ''
  const words = source.split(/[\s._-]+/).filter(Boolean)
  // Dutch surname particles ("de", "van der") are not initials.
  const significant = words.filter((word, i) => i === 0 || !/^(van|de|der|den|het|ten|ter|te|in|'t)$/i.test(word))
  const letters = significant.length > 1 ? [significant[0]!, significant[significant.length - 1]!] : significant
  return letters.map((word) => word.charAt(0).toUpperCase()).join('') || '?'
}
