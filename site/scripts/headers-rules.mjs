/**
 * Applies a `_headers` file (Netlify / Cloudflare Pages format) as a static
 * host does, so the site's own server sends exactly what the build wrote and
 * knows no header itself. @netlify/headers-parser reads the file; matching
 * follows the hosts' documented rules: a pattern is a path in which `*` (a
 * splat) matches anything, `/` included, and `:name` one segment; every
 * matching rule applies, in file order, and a header set by two rules gets
 * both values joined by a comma.
 */
import { changedFileReader } from '../src/http/changed-file-reader.mjs'
import { parseAllHeaders } from '@netlify/headers-parser'

/**
 * The pattern as an anchored expression. Our own matcher rather than the
 * parser's `forRegExp`: that one follows the Netlify CLI, where `/embed/*`
 * also matches `/embed` and `/embed.js`, unlike the hosts' splat.
 */
export function patternToRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`)
}

/** Rules `{ pattern, test, values }` from parsed `{ for, values }` entries. */
export function compileRules(entries) {
  return entries.map((entry) => ({ pattern: entry.for, test: patternToRegExp(entry.for), values: entry.values }))
}

/** The headers for a request path (base path included, decoded), as a host would send them. */
export function headersFor(rules, pathname) {
  const headers = new Map()
  for (const rule of rules) {
    if (!rule.test.test(pathname)) continue
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase()
      const previous = headers.get(key)
      headers.set(key, previous ? { name: previous.name, value: `${previous.value}, ${value}` } : { name, value })
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]))
}

/**
 * A reader of the `_headers` file at `file` that parses it again only when it
 * changed (a rebuild swaps in a new dist/). Resolves to the compiled rules,
 * none when the file is missing. Lines the parser rejects are reported once
 * per version of the file and left out, as a host would.
 */
export function headersFileReader(file, { warn = console.error } = {}) {
  return changedFileReader(file, async (path) => {
    const { headers, errors } = await parseAllHeaders({ headersFiles: [path], minimal: true })
    for (const error of errors) warn(`${path}: ${error.message}`)
    return compileRules(headers)
  })
}
