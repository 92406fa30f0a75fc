import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sitemapXml, writeCrawlerFiles } from '../src/http/crawler-files.ts'
import { addressesUnder } from '../src/lib/routes.ts'

const FILES = [
  'index.html',
  'werkvormen/de-rol-van-empowerment/index.html',
  'embed/werkvormen/index.html',
  'embed/weergave/index.html',
  '404.html',
  'open-data/toolkit.json',
  'themas/zelfstigma/index.html',
  'filmfragmenten/caf%C3%A9/index.html',
  'zoeken/index.html',
  'evaluatie/index.html',
]

describe('sitemap.xml and robots.txt', () => {
  it('lists every public page, by its address under the base path, and leaves out embed views, search, the evaluation form, 404 and data files', () => {
    const xml = sitemapXml(FILES, addressesUnder('https://toolkit.example.nl', '/ggz/'))
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1])
    expect(locs).toEqual([
      'https://toolkit.example.nl/ggz/',
      'https://toolkit.example.nl/ggz/filmfragmenten/caf%C3%A9/',
      'https://toolkit.example.nl/ggz/themas/zelfstigma/',
      'https://toolkit.example.nl/ggz/werkvormen/de-rol-van-empowerment/',
    ])
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/)
  })

  it('writes both files; robots.txt names the sitemap by its full address', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toolkit-crawler-'))
    try {
      await writeCrawlerFiles(dir, FILES, addressesUnder('https://toolkit.example.nl', '/'))
      expect(await readFile(join(dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://toolkit.example.nl/sitemap.xml\n')
      expect(await readFile(join(dir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://toolkit.example.nl/werkvormen/de-rol-van-empowerment/</loc>')
      // Under a base path crawlers would never read it (only /robots.txt counts): the host's own file names the sitemap.
      const under = await mkdtemp(join(tmpdir(), 'toolkit-crawler-'))
      await writeCrawlerFiles(under, FILES, addressesUnder('https://toolkit.example.nl', '/ggz/'))
      await expect(readFile(join(under, 'robots.txt'), 'utf8')).rejects.toThrow(/ENOENT/)
      expect(await readFile(join(under, 'sitemap.xml'), 'utf8')).toContain('<loc>https://toolkit.example.nl/ggz/</loc>')
      await rm(under, { recursive: true, force: true })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
