/**
 * The planner's texts per item travel in groups: each fragment, activity and
 * key finding belongs to one of `DETAIL_GROUPS` files per kind, chosen from
 * its slug alone, so the browser knows which file holds an item without a
 * list, and the build and the browser can never disagree.
 *
 * Why groups, not one file per item: every file is a path Astro renders and
 * writes, about 0.5 ms each. At 10,000 documents one file per item was 6,613
 * files and 3.3 s of a cold build (measured with and without them); in 256
 * groups per kind it is at most 768, of about 14 KB each (4 KB compressed),
 * and one edit still renders only its item's group. A fixed number keeps
 * every item in its group as the content grows: a page loaded before a
 * publish keeps finding the texts it asks for.
 */

/** Files per kind; an item's group is `detailGroup(slug)`. */
export const DETAIL_GROUPS = 256

/** The group of an item: two hexadecimal digits from its slug (FNV-1a, 32 bits), the same in Node and the browser. */
export function detailGroup(slug: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < slug.length; index++) {
    hash ^= slug.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % DETAIL_GROUPS).toString(16).padStart(2, '0')
}

/** Items by group: `{ '3f': { <slug>: <texts> } }`. */
export function groupedBySlug<T>(items: Record<string, T>): Record<string, Record<string, T>> {
  const groups: Record<string, Record<string, T>> = {}
  for (const [slug, value] of Object.entries(items)) (groups[detailGroup(slug)] ??= {})[slug] = value
  return groups
}
