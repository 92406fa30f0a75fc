/**
 * The search-index key of a page (src/build/index-key.ts): the live index is
 * kept while every indexed page's key is the same, so a page that differs
 * only where Pagefind reads nothing keeps its key (the PDF follow-up build
 * adds only download links), and a page that differs in anything Pagefind
 * may index gets a new one. The first cases are checked against Pagefind
 * itself: pages with the same key give the same index files.
 */
import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'
import { indexKey } from '../src/build/index-key.ts'

/** A detail page in the shape the site renders (DetailPage.astro, PdfDownload.astro, UsedIt.astro, SearchMeta.astro). */
const page = ({ text = 'Een werkvorm over hoop.', pdf = '', filter = 'hoop', ignoredKicker = 'Werkvorm', title = 'Hoop' } = {}) =>
  '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Hoop · Toolkit</title><script type="module" src="/_astro/page.js"></script></head>' +
  '<body><nav><a href="/">Toolkit</a></nav><main><article class="detail" data-pagefind-body>' +
  `<p class="kicker" data-pagefind-ignore>${ignoredKicker}</p><h1>${title}</h1>` +
  `<span hidden data-pagefind-filter="thema:${filter}"></span>` +
  pdf +
  `<p>${text}</p>` +
  '<section class="used-it" data-pagefind-ignore="all"><h2>Heb je dit gebruikt?</h2><form><div><div><label>Hoe bruikbaar?</label></div></div></form></section>' +
  '<p>Slot.</p></article></main><footer>Colofon</footer></body></html>'

const PDF = '<p class="pdf-download" data-pagefind-ignore="all"><a href="/pdf/activities/hoop.pdf" type="application/pdf" download>Download pdf<span class="visually-hidden"> van Hoop</span> (36 kB)</a></p>'

/** Pagefind's own index of one page, as bytes per file. */
async function pagefindFiles(html: string): Promise<Map<string, string>> {
  const { index } = await pagefind.createIndex({})
  await index!.addHTMLFile({ url: '/werkvormen/hoop/', content: html })
  const { files } = await index!.getFiles()
  await index!.deleteIndex()
  return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]))
}

afterAll(() => pagefind.close())

describe('the search-index key of a page', () => {
  it('stays the same when only an element Pagefind leaves out whole (data-pagefind-ignore="all") differs, as Pagefind’s index does', { timeout: 60_000 }, async () => {
    const without = page()
    const withPdf = page({ pdf: PDF })
    expect(indexKey(withPdf)).not.toBeNull()
    expect(indexKey(withPdf)).toBe(indexKey(without))
    // Any content inside it, nested elements of the same name included.
    const otherForm = without.replace('<div><div><label>Hoe bruikbaar?</label></div></div>', '<div><label>Hoe vaak?</label><div></div><div>x</div></div>')
    expect(indexKey(otherForm)).toBe(indexKey(without))
    expect(await pagefindFiles(withPdf)).toEqual(await pagefindFiles(without))
  })

  it('changes with the indexed text, and so does Pagefind’s index', { timeout: 60_000 }, async () => {
    const edited = page({ text: 'Een werkvorm over herstel.' })
    expect(indexKey(edited)).not.toBe(indexKey(page()))
    expect(await pagefindFiles(edited)).not.toEqual(await pagefindFiles(page()))
    // Text right after an excluded element is indexed again.
    expect(indexKey(page().replace('<p>Slot.</p>', '<p>Einde.</p>'))).not.toBe(indexKey(page()))
  })

  it('changes with filters, meta and the title, and with what is inside data-pagefind-ignore without "all" (its filters and meta count)', () => {
    const base = indexKey(page())
    expect(indexKey(page({ filter: 'herstel' }))).not.toBe(base)
    expect(indexKey(page({ title: 'Hoop!' }))).not.toBe(base)
    expect(indexKey(page({ ignoredKicker: 'Interventie' }))).not.toBe(base)
    expect(indexKey(page().replace('<title>Hoop · Toolkit</title>', '<title>Hoop</title>'))).not.toBe(base)
    expect(indexKey(page().replace('lang="nl"', 'lang="en"'))).not.toBe(base)
    // A filter outside the body counts too (Pagefind reads filters and meta anywhere on the page).
    expect(indexKey(page().replace('<footer>', '<footer><span data-pagefind-meta="soort:Werkvorm"></span>'))).not.toBe(base)
  })

  it('follows Pagefind on what "all" is: any value but none, index or true (a filter inside those still counts); a body wins; a body inside an excluded element is none', { timeout: 60_000 }, async () => {
    const region = (attributes: string, theme: string) =>
      `<html lang="nl"><body><main data-pagefind-body><h1>Vast</h1><div ${attributes}><span data-pagefind-filter="thema:${theme}"></span>Tekst ${theme}</div></main></body></html>`
    for (const value of ['all', 'ALL', 'ja']) {
      const [a, b] = [region(`data-pagefind-ignore="${value}"`, 'hoop'), region(`data-pagefind-ignore="${value}"`, 'herstel')]
      expect(indexKey(a), value).toBe(indexKey(b))
      expect(await pagefindFiles(a), value).toEqual(await pagefindFiles(b))
    }
    for (const value of ['', 'index', 'true']) {
      const [a, b] = [region(`data-pagefind-ignore="${value}"`, 'hoop'), region(`data-pagefind-ignore="${value}"`, 'herstel')]
      expect(indexKey(a), value).not.toBe(indexKey(b))
      expect(await pagefindFiles(a), value).not.toEqual(await pagefindFiles(b))
    }
    expect(indexKey(region('data-pagefind-ignore="all" data-pagefind-body', 'hoop'))).not.toBe(indexKey(region('data-pagefind-ignore="all" data-pagefind-body', 'herstel')))
    expect(indexKey('<html><body><div data-pagefind-ignore="all"><main data-pagefind-body>Tekst</main></div></body></html>')).toBeNull()
    expect(indexKey('<html><body><main>Tekst</main></body></html>')).toBeNull()
  })

  it('ends an excluded element where HTML ends it: a void element at its tag, an unclosed one where its parent closes', () => {
    const image = (src: string, after: string) => `<html><body><main data-pagefind-body><img data-pagefind-ignore="all" src="${src}"><p>${after}</p></main></body></html>`
    expect(indexKey(image('a.png', 'Tekst'))).toBe(indexKey(image('b.png', 'Tekst')))
    expect(indexKey(image('a.png', 'Tekst'))).not.toBe(indexKey(image('a.png', 'Andere tekst')))
    const unclosed = (inside: string, after: string) => `<html><body><main data-pagefind-body><div><p data-pagefind-ignore="all">${inside}</div><p>${after}</p></main></body></html>`
    expect(indexKey(unclosed('x', 'Tekst'))).toBe(indexKey(unclosed('y', 'Tekst')))
    expect(indexKey(unclosed('x', 'Tekst'))).not.toBe(indexKey(unclosed('x', 'Andere tekst')))
    // A script's text is never taken for tags.
    const script = (after: string) => `<html><body><main data-pagefind-body><div data-pagefind-ignore="all"><script>if (a < b) document.write('</div>')</script></div><p>${after}</p></main></body></html>`
    expect(indexKey(script('Tekst'))).not.toBe(indexKey(script('Andere tekst')))
  })
})
