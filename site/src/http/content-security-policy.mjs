/**
 * The Content-Security-Policy of the site, its embed views and the draft
 * preview: scripts only from the site itself (Astro's hashed /_astro/
 * modules, Pagefind's files) plus the inline scripts the pages really
 * contain, allowed one by one by their SHA-256 hash. No 'unsafe-inline', so
 * an injected `<script>`, `onclick=` or `javascript:` link does not run.
 *
 * The hashes are taken from the HTML itself (each page as the build renders
 * it, src/integrations/incremental.ts, kept in the build state for pages
 * taken over; a rendered preview by scripts/preview-server.mjs)
 * rather than from a list of what Astro emits: whatever Astro inlines (the
 * island loader of the planner) or a template marks `is:inline` is covered,
 * and nothing else.
 */
import { createHash } from 'node:crypto'

/** For pages that run Pagefind: its WebAssembly needs compiling, which CSP otherwise forbids. */
export const WASM = "'wasm-unsafe-eval'"

/** Types a browser executes; JSON-LD, templates and import maps (not used) are data. */
const EXECUTED = /^(?:|module|text\/javascript|application\/javascript)$/i

/** The texts of the inline scripts a browser would run in this HTML (no `src`, an executable type). */
export function inlineScripts(html) {
  const texts = []
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${attributes}`)
    if (!EXECUTED.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) continue
    texts.push(text)
  }
  return texts
}

/** The CSP source allowing exactly this inline script. */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** The hash sources of the inline scripts in this HTML, sorted, each once. */
export function inlineScriptHashes(html) {
  return [...new Set(inlineScripts(html).map(scriptHash))].sort()
}

/**
 * The policy: who may frame the response (`frameAncestors`, as it is now
 * per path), which scripts run (`'self'` and `scriptHashes`, plus
 * `'wasm-unsafe-eval'` when `wasm`), no plugins, no `<base>` to another
 * site, forms only to the site.
 */
export function contentSecurityPolicy({ frameAncestors, scriptHashes = [], wasm = false }) {
  const scripts = ["'self'", ...(wasm ? [WASM] : []), ...scriptHashes].join(' ')
  return `frame-ancestors ${frameAncestors}; script-src ${scripts}; base-uri 'self'; object-src 'none'; form-action 'self'`
}
