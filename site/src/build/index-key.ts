/**
 * The search-index key of a rendered page: a hash of what Pagefind can read
 * of it, so a change Pagefind never sees keeps the live index
 * (scripts/build.mjs). The PDF follow-up build only adds download links
 * inside `data-pagefind-ignore="all"`; hashing the whole HTML rebuilt an
 * index that came out the same (25–70 s at 10,000 documents).
 *
 * The rules are Pagefind's own (its HTML parser, `pagefind/src/fossick/
 * parser.rs`, 1.x), not a list of our components:
 * - a page is indexed when an element has `data-pagefind-body` (and pages
 *   without one are not, when any page has one: build/search-index.ts);
 * - an element with `data-pagefind-ignore="all"` (or any value other than
 *   none, `index` or `true`, which Pagefind also treats as "all") is left
 *   out whole: not its text, nor the meta, filters, sort keys, weights,
 *   anchors, title or image inside it. `data-pagefind-body` on the same
 *   element wins, as in Pagefind;
 * - everything else may count: the body's text and ids, `data-pagefind-meta`,
 *   `-filter`, `-sort`, `-weight`, `-index-attrs` anywhere on the page, the
 *   first `<h1>`, `<title>` and image (meta), `<html lang>`. So the rest of
 *   the HTML is hashed as it is: a change there may rebuild an index that
 *   comes out the same, never keep one that is stale. The URL is the page's
 *   file, which the state keeps beside this key (build/plan.ts).
 *
 * htmlparser2 finds where an excluded element ends (nesting, implied end
 * tags, scripts and comments) without building a tree: about 0.1 ms for a
 * page of 11 kB, a few per cent of rendering it.
 */
import { createHash } from 'node:crypto'
import { Parser } from 'htmlparser2'

/** The values of `data-pagefind-ignore` that leave an element's meta and filters counted (Pagefind's "index"). */
const IGNORE_INDEX_ONLY = new Set(['', 'index', 'true'])

/** The key of a page Pagefind indexes (with a `data-pagefind-body`), or null when it has none. */
export function indexKey(html: string): string | null {
  // Most pages that are not indexed (embeds, print views) are known without parsing them.
  if (!html.includes('data-pagefind-body')) return null
  let indexed = false
  /** Where the excluded element being skipped starts, and how deep inside it the parser is; -1: none. */
  let skipFrom = -1
  let depth = 0
  /** Start and end of every excluded element, in order. */
  const cut: Array<[number, number]> = []
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        if (skipFrom >= 0) {
          depth += 1
          return
        }
        if ('data-pagefind-body' in attributes) indexed = true
        else if ('data-pagefind-ignore' in attributes && !IGNORE_INDEX_ONLY.has(attributes['data-pagefind-ignore']!.toLowerCase())) {
          skipFrom = parser.startIndex
          depth = 1
        }
      },
      onclosetag(_name, implied) {
        if (skipFrom < 0 || --depth > 0) return
        // Closed by its own end tag, or a void element closed at once: up to that tag's end. Closed by what follows
        // (an implied end tag): up to where that starts.
        const end = !implied || parser.startIndex === skipFrom ? parser.endIndex + 1 : parser.startIndex
        cut.push([skipFrom, end])
        skipFrom = -1
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  if (!indexed) return null
  const hash = createHash('sha256')
  let from = 0
  for (const [start, end] of cut) {
    hash.update(html.slice(from, start))
    from = end
  }
  hash.update(html.slice(from))
  return hash.digest('base64url').slice(0, 22)
}
