/**
 * Addresses that moved, as a `_redirects` file (the format of Netlify,
 * Cloudflare Pages and GitLab Pages), written at build time by
 * src/integrations/embed.ts, and applied by the site's own server
 * (scripts/serve.mjs) as those hosts do: @netlify/redirect-parser reads the file; a
 * pattern's `:name` matches one path segment and `*` anything (`:splat` in
 * the target), and the first matching rule wins. Redirects (301, 302, 303,
 * 307, 308) and rewrites (200: the target's file answers at the address
 * asked for, as for every item's embed view) to a path on this site are
 * applied here; the file holds no other kind.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseAllRedirects } from '@netlify/redirect-parser'
import { changedFileReader } from './changed-file-reader.mjs'

/**
 * The moves, without the base path. A fragment's questions used to have a
 * page each (`/filmfragmenten/hoop/vragen/algemeen-2/`); each is now an
 * anchor on the fragment page whose id is that last segment
 * (src/lib/view/questions.ts). With and without the final slash: Cloudflare
 * matches the pattern as written, Netlify either way.
 */
export const MOVES = [
  { from: '/filmfragmenten/:slug/vragen/:question/', to: '/filmfragmenten/:slug/#:question', status: 301 },
  { from: '/filmfragmenten/:slug/vragen/:question', to: '/filmfragmenten/:slug/#:question', status: 301 },
]

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
/** A rewrite: the target answers, the address stays. */
export const REWRITE_STATUS = 200

/** The _redirects file for a site served under `base`; `rewrites` (status 200) follow the moves. */
export function redirectsFile({ base = '/', moves = MOVES, rewrites = [] } = {}) {
  const prefix = base.replace(/\/+$/, '')
  return [
    '# Gegenereerd bij de build (site/src/http/redirect-rules.mjs). Niet met de hand aanpassen.',
    ...[...moves, ...rewrites].map(({ from, to, status }) => `${prefix}${from} ${prefix}${to} ${status}`),
    '',
  ].join('\n')
}

/**
 * The moves of documents whose slug changed after publishing (the snapshot's
 * `moved`, from the CMS's versions): each old page address, with and without
 * the final slash, to the page now; the old PDF address to the PDF now
 * when the document has one in this build (`pdf.has`; a PDF still being made
 * gets its move with the build that links it); and the old oEmbed file to the
 * one now, for the kinds that have one (`oembedPathOf` answers undefined for
 * the others), so an intranet page that embedded the old link keeps working.
 * `pathOf(collection, slug)`, `pdf.pathOf(collection, slug)` and
 * `oembedPathOf(collection, slug)` are the site's.
 */
export function slugMoves(moved = [], pathOf, pdf = { has: () => false, pathOf: () => '' }, oembedPathOf = () => undefined) {
  return moved.flatMap(({ collection, from, to }) => {
    const [old, now] = [pathOf(collection, from), pathOf(collection, to)]
    const pages = [old, old.replace(/\/$/, '')].map((path) => ({ from: path, to: now, status: 301 }))
    const pdfs = pdf.has(collection, to) ? [{ from: pdf.pathOf(collection, from), to: pdf.pathOf(collection, to), status: 301 }] : []
    const [oldOembed, nowOembed] = [oembedPathOf(collection, from), oembedPathOf(collection, to)]
    const oembeds = oldOembed && nowOembed ? [{ from: oldOembed, to: nowOembed, status: 301 }] : []
    return [...pages, ...pdfs, ...oembeds]
  })
}

/** Writes `dir`/_redirects (`moved`: more moves, after the fixed ones); resolves to the text written. */
export async function writeRedirectsFile(dir, { base = '/', moved = [], rewrites = [] } = {}) {
  const text = redirectsFile({ base, moves: [...MOVES, ...moved], rewrites })
  await writeFile(join(dir, '_redirects'), text)
  return text
}

/** `/a/:slug/*` as an anchored expression with named groups (`slug`, `splat`). */
function patternToRegExp(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '(?<splat>.*)' : part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`)
}

/** Rules `{ test, to, status }` from parsed `{ from, to, status }` entries; what serve.mjs cannot apply is left out with a reason. */
export function compileRedirects(entries, { warn = console.error } = {}) {
  const rules = []
  for (const entry of entries) {
    const status = entry.status ?? 301
    if ((!REDIRECT_STATUSES.has(status) && status !== REWRITE_STATUS) || !entry.to.startsWith('/') || entry.to.startsWith('//')) {
      warn(`_redirects: regel ${entry.from} → ${entry.to} (${status}) wordt door serve.mjs niet toegepast; alleen doorverwijzingen en herschrijvingen naar een pad op deze site.`)
      continue
    }
    rules.push({ test: patternToRegExp(entry.from), to: entry.to, status })
  }
  return rules
}

/**
 * Where a request for `pathname` (decoded, base included) is sent, with the
 * query string `search` (`?…` or empty) kept: `{ status, location }`, or
 * undefined when no rule matches. Placeholder values are percent-encoded, so
 * a value never adds a path segment and the location stays on this site.
 */
export function redirectFor(rules, pathname, search = '') {
  for (const rule of rules) {
    const match = rule.test.exec(pathname)
    if (!match) continue
    const groups = match.groups ?? {}
    const target = rule.to.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name) => {
      const value = groups[name]
      if (value === undefined) return whole
      return name === 'splat' ? value.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(value)
    })
    const hashAt = target.indexOf('#')
    const [path, hash] = hashAt === -1 ? [target, ''] : [target.slice(0, hashAt), target.slice(hashAt)]
    const location = `${path}${search}${hash}`
    // A Location like `//host` or `/\host` would leave the site.
    if (!/^\/(?![/\\])/.test(location)) return undefined
    return { status: rule.status, location }
  }
  return undefined
}

/**
 * A reader of the `_redirects` file at `file` that parses it again only when
 * it changed (a rebuild swaps in a new dist/). Resolves to the compiled
 * rules, none when the file is missing. Lines the parser rejects are reported
 * once per version of the file and left out, as a host would.
 */
export function redirectsFileReader(file, { warn = console.error } = {}) {
  return changedFileReader(file, async (path) => {
    const { redirects, errors } = await parseAllRedirects({ redirectsFiles: [path], configRedirects: [], minimal: true })
    for (const error of errors) warn(`${path}: ${error.message}`)
    return compileRedirects(redirects, { warn })
  })
}
