/**
 * The Content-Security-Policy: scripts only from the site and the inline
 * scripts the build really wrote (by hash), never 'unsafe-inline';
 * Pagefind's WebAssembly allowed only where search runs; the same policy
 * from the site's server (it applies dist/_headers) and from the preview.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { inlineScriptHashes, inlineScripts } from '../src/http/content-security-policy.mjs'
// @ts-expect-error plain ESM script without types
import { writeHeadersFile } from '../src/http/security-headers.mjs'
import type { PathWithRoute } from 'astro'
import { makePlan } from '../src/build/plan.ts'
import { fixtureContent } from './helpers.ts'
import { serveFolder, type ServedFolder } from './serve-helpers.ts'
// @ts-expect-error plain ESM script without types
import { framingHeaders, linksInNewTab, passThroughHeaders } from '../scripts/preview-server.mjs'

const ISLAND = '(()=>{(self.Astro||(self.Astro={})).load=async t=>{await(await t())()};})();'
const EMBED_INLINE = 'parent.postMessage({ hoogte: 1 }, "*")'
const content = fixtureContent()
const route = (pathname: string): PathWithRoute => ({ pathname, route: { type: 'page' } }) as unknown as PathWithRoute
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const page = (body: string) => `<!doctype html><html lang="nl"><head><title>T</title><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`

/** The script-src sources of a policy. */
function scriptSources(policy: string | null): string[] {
  const directive = (policy ?? '').split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src '))
  return directive ? directive.split(/\s+/).slice(1) : []
}

describe('inline scripts', () => {
  it('are the scripts without src of an executable type, hashed as the browser hashes them', () => {
    const html = page(`<script>${ISLAND}</script><script type="application/ld+json">{"@type":"Thing"}</script><script type="module">${EMBED_INLINE}</script><script src="/x.js"></script>`)
    expect(inlineScripts(html)).toEqual([ISLAND, EMBED_INLINE])
    expect(inlineScriptHashes(html)).toEqual([sha(ISLAND), sha(EMBED_INLINE)].sort())
  })
})

describe('the CSP header of the built site', () => {
  let root: string
  let origin: string
  let served: ServedFolder | undefined

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'site-csp-'))
    for (const folder of ['plannen', 'zoeken', 'embed/werkvormen/x', 'werkvormen/x', 'pagefind', '_astro']) mkdirSync(join(root, folder), { recursive: true })
    writeFileSync(join(root, 'index.html'), page('<h1>Home</h1>'))
    writeFileSync(join(root, 'plannen', 'index.html'), page(`<astro-island></astro-island><script>${ISLAND}</script>`))
    writeFileSync(join(root, 'zoeken', 'index.html'), page('<form role="search"></form>'))
    writeFileSync(join(root, 'werkvormen', 'x', 'index.html'), page('<h1>X</h1>'))
    writeFileSync(join(root, 'embed', 'werkvormen', 'x', 'index.html'), page(`<script type="module">${EMBED_INLINE}</script>`))
    writeFileSync(join(root, 'pagefind', 'pagefind-worker.js'), 'self.onmessage = () => {}')
    writeFileSync(join(root, '_astro', 'a.js'), 'export {}')
    await writeHeadersFile(root, { ancestors: "'self' https://intranet.example.nl", scriptHashes: [sha(ISLAND), sha(EMBED_INLINE)].sort() })
    served = await serveFolder(root)
    origin = served.origin
  })

  afterAll(() => served?.close())

  const policyOf = async (path: string) => (await fetch(`${origin}${path}`)).headers.get('content-security-policy')

  it.each(['/', '/plannen/', '/werkvormen/x/', '/zoeken/', '/embed/werkvormen/x/'])(
    'limits scripts on %s to the site and the build’s inline scripts, without unsafe-inline',
    async (path) => {
      const policy = await policyOf(path)
      const sources = scriptSources(policy)
      expect(sources[0]).toBe("'self'")
      expect(sources).toContain(sha(ISLAND))
      expect(sources).toContain(sha(EMBED_INLINE))
      expect(sources.filter((source) => source.startsWith("'sha256-"))).toHaveLength(2)
      expect(policy).not.toContain('unsafe-inline')
      expect(policy).not.toMatch(/'unsafe-eval'/)
      expect(policy).toContain("object-src 'none'")
      expect(policy).toContain("base-uri 'self'")
    },
  )

  it('allows WebAssembly only where Pagefind runs: the search page and its worker', async () => {
    expect(scriptSources(await policyOf('/zoeken/'))).toContain("'wasm-unsafe-eval'")
    expect(scriptSources(await policyOf('/pagefind/pagefind-worker.js'))).toContain("'wasm-unsafe-eval'")
    for (const path of ['/', '/plannen/', '/werkvormen/x/', '/embed/werkvormen/x/']) expect(scriptSources(await policyOf(path)), path).not.toContain("'wasm-unsafe-eval'")
  })

  it('keeps framing as before: embed views for the allowlist, other pages for nobody', async () => {
    expect(await policyOf('/embed/werkvormen/x/')).toMatch(/^frame-ancestors 'self' https:\/\/intranet\.example\.nl;/)
    expect(await policyOf('/plannen/')).toMatch(/^frame-ancestors 'none';/)
  })

  it('follows the build: a page rendered with a new inline script gets its hash; a page taken over keeps its own', async () => {
    // The first build renders both pages; the second takes the planner over and renders the method page again, now
    // with a script, as an incremental build does (src/build/plan.ts): only the rendered page's HTML is read.
    const pages = [route('/plannen/'), route('/werkvormen/x/')]
    const first = makePlan({ content, pdfLinks: {}, code: 'code' })
    first.choose(pages, new Set())
    for (const { pathname } of pages) first.read(pathname, ['doc activities x title'])
    first.linked('plannen/index.html', [], null, inlineScriptHashes(page(`<script>${ISLAND}</script>`)))
    first.linked('werkvormen/x/index.html', [], null, [])
    expect(first.inlineScriptHashes()).toEqual([sha(ISLAND)])

    const added = 'document.documentElement.dataset.nieuw = "ja"'
    const previous = { state: { version: 6 as const, ...first.nextState({}) }, output: root }
    const second = makePlan({ content, pdfLinks: {}, code: 'code', previous })
    const rendered = second.choose([pages[0]!, { ...pages[1]!, cacheKey: 'anders' } as PathWithRoute], new Set())
    expect(rendered.map((path) => path.pathname)).toEqual(['/werkvormen/x/'])
    second.linked('werkvormen/x/index.html', [], null, inlineScriptHashes(page(`<script>${added}</script>`)))
    await writeHeadersFile(root, { ancestors: "'self' https://intranet.example.nl", scriptHashes: second.inlineScriptHashes() })
    expect(scriptSources(await policyOf('/werkvormen/x/'))).toEqual(expect.arrayContaining([sha(added), sha(ISLAND)]))
    // What the next build takes over: the hashes travel in the state with the page.
    const state = second.nextState({})
    expect(state.scriptSets[state.pages['/plannen/']!.scripts!]).toEqual([sha(ISLAND)])
  })
})

describe('the CSP header of the draft preview', () => {
  it('allows the site’s files and the inline scripts of the answer itself, and only the CMS may frame it', () => {
    const html = page(`<script>${ISLAND}</script>`)
    const policy = framingHeaders('https://cms.example.nl/admin', html)['Content-Security-Policy']
    expect(policy).toMatch(/^frame-ancestors https:\/\/cms\.example\.nl;/)
    expect(scriptSources(policy)).toEqual(["'self'", sha(ISLAND)])
    expect(policy).not.toContain('unsafe-inline')
    const refused = framingHeaders('', page('<p>Geen voorbeeld</p>'))
    expect(refused['X-Frame-Options']).toBe('DENY')
    expect(scriptSources(refused['Content-Security-Policy'])).toEqual(["'self'"])
  })
})

describe('the built site as the preview server passes it through', () => {
  it('may be framed by the CMS, as a preview may, and opened from its sandboxed live-preview panel', () => {
    const site = {
      'Content-Security-Policy': `frame-ancestors 'none'; script-src 'self' ${sha(ISLAND)}; base-uri 'self'`,
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    }
    expect(passThroughHeaders(site, 'https://cms.example.nl/admin')).toEqual({
      'Content-Security-Policy': `frame-ancestors https://cms.example.nl; script-src 'self' ${sha(ISLAND)}; base-uri 'self'`,
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex, nofollow',
    })
    // Embed views keep the sites that may embed them, with the CMS beside them.
    const embed = passThroughHeaders({ 'Content-Security-Policy': "frame-ancestors 'self' https://intranet.example.nl; script-src 'self'" }, 'https://cms.example.nl')
    expect(embed['Content-Security-Policy']).toBe("frame-ancestors 'self' https://intranet.example.nl https://cms.example.nl; script-src 'self'")
    expect(passThroughHeaders({ 'Content-Security-Policy': "frame-ancestors *; script-src 'self'" }, 'https://cms.example.nl')['Content-Security-Policy']).toBe("frame-ancestors *; script-src 'self'")
    // Without a CMS origin nobody may frame the preview server, so only the search engines' rule is added.
    expect(passThroughHeaders(site, undefined)).toEqual({ ...site, 'X-Robots-Tag': 'noindex, nofollow' })
  })

  it('is opened from a preview in a new tab; a link within the page stays in it', () => {
    const html = linksInNewTab(page('<a class="skip-link" href="#inhoud">Naar de inhoud</a><a href="#vragen">Vragen</a><a href="/filmfragmenten/">Filmfragmenten</a>'))
    expect(html).toContain('<base target="_blank"></head>')
    expect(html).toContain('<a target="_self" class="skip-link" href="#inhoud">')
    // Also with the address as the first attribute.
    expect(html).toContain('<a target="_self" href="#vragen">')
    expect(html).toContain('<a href="/filmfragmenten/">')
    // The home page, not this server's `/` (the preview, 401 without a token).
    expect(linksInNewTab(page('<a class="site-name" href="/">Toolkit</a><a href="/">Home</a>'))).toContain('<a class="site-name" href="/index.html">Toolkit</a><a href="/index.html">Home</a>')
  })
})
