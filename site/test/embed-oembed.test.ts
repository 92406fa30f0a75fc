import { describe, expect, it } from 'vitest'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { indexContent, type AnyDoc } from '../src/lib/content/index.ts'
import { parseSnapshot } from '../src/lib/content/load.ts'
import { oembedDevMiddleware, oembedFilesOf } from '../src/integrations/oembed.ts'
import { addressesUnder, SECTIONS } from '../src/lib/routes.ts'
import { ITEM_COLLECTIONS } from '../src/lib/view/items.ts'
import { fixtureContent, rawFixture } from './helpers.ts'
import { CACHE_AGE_SECONDS, oembedResponse } from '../src/lib/embed/oembed.ts'
import { embedPath, iframeSnippet, oembedPath, scriptSnippet } from '../src/lib/embed/snippets.ts'
// @ts-expect-error plain ESM script without types
import { answerOembed, fitToMaxSize, oembedFileFor, withListingQuery } from '../scripts/oembed-endpoint.mjs'

const hoop = oembedResponse({
  title: 'Hoop',
  embedUrl: 'https://toolkit.example.nl/embed/filmfragmenten/hoop/',
  providerUrl: 'https://toolkit.example.nl/',
  height: 900,
})

describe('snippets', () => {
  it('places embed views and oEmbed files next to the pages', () => {
    expect(embedPath('interventions', 'wrap')).toBe('/embed/interventies/wrap/')
    expect(embedPath('interventions')).toBe('/embed/interventies/')
    expect(oembedPath('fragments', 'hoop')).toBe('/oembed/filmfragmenten/hoop.json')
    expect(oembedPath('cases')).toBe('/oembed/casussen/index.json')
  })

  it('escapes titles and addresses in attributes', () => {
    const snippet = iframeSnippet({ src: 'https://t.nl/embed/x/?a=1&b=2', title: 'Wij & "zij" <denken>', height: 500 })
    expect(snippet).toContain('src="https://t.nl/embed/x/?a=1&amp;b=2"')
    expect(snippet).toContain('title="Wij &amp; &quot;zij&quot; &lt;denken&gt; (Toolkit destigmatisering)"')
    expect(snippet).toContain('width="100%" height="500"')
    expect(scriptSnippet({ loaderUrl: 'https://t.nl/embed.js', path: '/embed/filmfragmenten/hoop/', title: 'Hoop' })).toBe(
      '<script src="https://t.nl/embed.js" data-toolkit="/embed/filmfragmenten/hoop/" data-title="Hoop" async></script>',
    )
  })
})

describe('oEmbed response (oembed.com, type rich)', () => {
  it('has every field the spec requires for rich, and the iframe as html', () => {
    expect(hoop).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'Hoop',
      provider_name: 'Toolkit destigmatisering',
      provider_url: 'https://toolkit.example.nl/',
      cache_age: CACHE_AGE_SECONDS,
      html: expect.stringMatching(/^<iframe src="https:\/\/toolkit\.example\.nl\/embed\/filmfragmenten\/hoop\/" title="Hoop \(Toolkit destigmatisering\)" width="720" height="900"/),
      width: 720,
      height: 900,
    })
    expect(Number.isInteger(hoop.width) && Number.isInteger(hoop.height)).toBe(true)
  })
})

describe('oEmbed endpoint of the site’s server', () => {
  const files: Record<string, string> = {
    '/oembed/filmfragmenten/hoop.json': JSON.stringify(hoop),
    '/oembed/interventies/index.json': JSON.stringify(
      oembedResponse({ title: 'Interventies', embedUrl: 'https://toolkit.example.nl/embed/interventies/', providerUrl: 'https://toolkit.example.nl/', height: 800 }),
    ),
  }
  const ask = (query: string, host = 'localhost:4321', base = '/') =>
    answerOembed(new URLSearchParams(query), { base, host, read: async (path: string) => files[path] })

  it('maps page, embed and listing addresses onto the per-item files', () => {
    expect(oembedFileFor('/filmfragmenten/hoop/')).toBe('/oembed/filmfragmenten/hoop.json')
    expect(oembedFileFor('/embed/filmfragmenten/hoop/')).toBe('/oembed/filmfragmenten/hoop.json')
    expect(oembedFileFor('/interventies/')).toBe('/oembed/interventies/index.json')
    expect(oembedFileFor('/filmfragmenten/hoop/vragen/algemeen-1/')).toBeUndefined()
    expect(oembedFileFor('/../../etc/')).toBeUndefined()
  })

  it('answers with the JSON for a page of this site', async () => {
    const answer = await ask(`url=${encodeURIComponent('https://toolkit.example.nl/filmfragmenten/hoop/')}&format=json`)
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toEqual(hoop)
  })

  it('accepts the host that was asked as well as the public address, and a base path', async () => {
    expect((await ask('url=http://localhost:4321/filmfragmenten/hoop/')).status).toBe(200)
    expect((await ask('url=http://localhost:4321/toolkit/filmfragmenten/hoop/', 'localhost:4321', '/toolkit/')).status).toBe(200)
    expect((await ask('url=http://localhost:4321/filmfragmenten/hoop/', 'localhost:4321', '/toolkit/')).status).toBe(404)
  })

  it('gives 404 for unknown pages and other sites, 501 for xml', async () => {
    expect((await ask('url=https://toolkit.example.nl/filmfragmenten/bestaat-niet/')).status).toBe(404)
    expect((await ask('url=https://elders.example/filmfragmenten/hoop/')).status).toBe(404)
    expect((await ask('url=javascript:alert(1)')).status).toBe(404)
    expect((await ask('')).status).toBe(404)
    expect((await ask('url=https://toolkit.example.nl/filmfragmenten/hoop/&format=xml')).status).toBe(501)
  })

  it('respects maxwidth and maxheight, in the JSON and in the iframe', async () => {
    const answer = await ask('url=https://toolkit.example.nl/filmfragmenten/hoop/&maxwidth=400&maxheight=300')
    const data = JSON.parse(answer.body)
    expect([data.width, data.height]).toEqual([400, 300])
    expect(data.html).toContain('width="400" height="300"')
    expect(fitToMaxSize(hoop, undefined, 5000)).toEqual(hoop)
  })

  it('carries the filters of a listing address into the embedded view', async () => {
    const answer = await ask(`url=${encodeURIComponent('https://toolkit.example.nl/interventies/?thema=hoop&duur=short')}`)
    expect(JSON.parse(answer.body).html).toContain('src="https://toolkit.example.nl/embed/interventies/?thema=hoop&amp;duur=short"')
    const sneaky = withListingQuery(hoop, '?x="><script>')
    expect(sneaky.html).not.toContain('<script>')
  })
})

describe('oEmbed files of a build (integrations/oembed.ts)', () => {
  const absolute = addressesUnder('https://toolkit.example.nl', '/toolkit/')

  it('has one per item and per listing, each framing its own embed view under the base path', () => {
    const content = fixtureContent()
    const files = oembedFilesOf(content, absolute)
    let items = 0
    for (const collection of ITEM_COLLECTIONS) {
      const section = SECTIONS[collection].path
      expect(files.get(`/oembed/${section}/index.json`)?.html).toContain(`src="https://toolkit.example.nl/toolkit/embed/${section}/"`)
      for (const doc of content.collections[collection] as AnyDoc[]) {
        items += 1
        expect(files.get(`/oembed/${section}/${doc.slug}.json`)?.html).toContain(`src="https://toolkit.example.nl/toolkit/embed/${section}/${doc.slug}/"`)
      }
    }
    expect(items).toBeGreaterThan(5)
    expect(files.size).toBe(items + ITEM_COLLECTIONS.length)
  })

  it('keeps the listing’s file when an item’s slug is “index”', () => {
    const raw = rawFixture()
    raw.collections.fragments[0].slug = 'index'
    const files = oembedFilesOf(indexContent(parseSnapshot(raw, 'fixture')), absolute)
    expect(files.get('/oembed/filmfragmenten/index.json')?.title).toBe(SECTIONS.fragments.title)
  })

  it('in astro dev answers the same addresses, with or without the base path, and passes anything else on', async () => {
    const content = fixtureContent()
    const middleware = oembedDevMiddleware(async () => content, absolute, '/toolkit/')
    const slug = (content.collections.fragments as AnyDoc[])[0]!.slug
    const ask = (url: string) =>
      new Promise<{ status?: number; body?: string; next: boolean }>((resolve) => {
        let status: number | undefined
        const response = { writeHead: (code: number) => (status = code), end: (body: string) => resolve({ status, body, next: false }) }
        middleware({ url } as IncomingMessage, response as unknown as ServerResponse, () => resolve({ next: true }))
      })
    const answer = await ask(`/toolkit/oembed/filmfragmenten/${slug}.json`)
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body!)).toEqual(oembedFilesOf(content, absolute).get(`/oembed/filmfragmenten/${slug}.json`))
    expect((await ask(`/oembed/filmfragmenten/${slug}.json?x=1`)).status).toBe(200)
    expect((await ask('/toolkit/oembed/filmfragmenten/bestaat-niet.json')).next).toBe(true)
    expect((await ask('/toolkit/filmfragmenten/')).next).toBe(true)
  })
})
