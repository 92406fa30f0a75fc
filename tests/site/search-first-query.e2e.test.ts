/**
 * What a first query on /zoeken/ waits for (issue 20: search ≤ 150 KB on the
 * wire until the first results): Pagefind alone. The word list is fetched
 * only for a query that may be misspelt ("Bedoelde je …?"), the page table
 * only when there is something to filter by, and Pagefind's metadata and
 * WebAssembly come brotli-compressed where the host serves the build's
 * `.br` copies (the site's own server does).
 */
import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consoleProblems, urlOf, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const WORDS = /\/pagefind\/toolkit-words\.txt$/
const TABLE = /\/pagefind\/toolkit-pages\.json$/

/** Opens /zoeken/?q=… with the files matching `held` (if any) answered only on `release()`; records what the page asked for. */
async function openSearch(query: string, held?: RegExp) {
  const page = await browser.open('about:blank')
  const requested: string[] = []
  page.on('request', (request: Request) => requested.push(new URL(request.url()).pathname))
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  if (held) {
    await page.route(held, async (route) => {
      await released
      await route.continue()
    })
  }
  await page.goto(urlOf(`/zoeken/?q=${encodeURIComponent(query)}`))
  return { page, requested, release }
}

/** Waits until the result list answers `query` (search-page.ts writes data-search-query with the results). */
async function resultsFor(page: Page, query: string) {
  await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-search-query'), { timeout: 20_000 }).toBe(query)
}

describe('a first search waits for Pagefind only', () => {
  it('shows the results of a query that finds something without the word list', async () => {
    const { page, requested, release } = await openSearch('stigma', WORDS)
    // Held back, the word list would keep the results from coming if the page waited for it.
    await resultsFor(page, 'stigma')
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-search-correction]').isVisible()).toBe(false)
    expect(requested.filter((path) => WORDS.test(path))).toEqual([])
    release()
    await page.context().close()
  })

  it('still corrects a misspelt query: the word list comes then, with “Bedoelde je …?”', async () => {
    const { page, requested } = await openSearch('zelfstigam')
    await resultsFor(page, 'zelfstigam')
    expect(await page.locator('[data-search-correction]').isVisible()).toBe(true)
    expect(await page.locator('[data-search-correction]').textContent()).toContain('Bedoelde je “zelfstigma”')
    expect(await page.locator('.search-results h3').first().textContent()).toMatch(/zelfstigma/i)
    expect(requested.filter((path) => WORDS.test(path))).toHaveLength(1)
    await page.context().close()
  })

  it('offers near words when a corrected query still finds nothing', async () => {
    const page = await browser.open('/zoeken/?q=kruimelpad')
    await resultsFor(page, 'kruimelpad')
    expect(await page.locator('[data-search-status]').textContent()).toBe('Geen resultaten voor “kruimelpad”.')
    expect(await page.locator('[data-search-empty]').getByRole('link', { name: /Vind een methode/ }).count()).toBe(1)
    await page.context().close()
  })

  it('reads a question without waiting for the page table when it names no type or time', async () => {
    const query = 'hoe praat ik over stigma met mijn team'
    const { page, requested, release } = await openSearch(query, TABLE)
    await resultsFor(page, query)
    expect(await page.locator('[data-search-reading]').textContent()).toContain('“stigma team”')
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
    // (The table is asked for once the results are painted, for the filters' counts; held, it kept none from coming.)
    expect(requested.filter((path) => WORDS.test(path))).toEqual([])
    release()
    await page.context().close()
  })

  it('gets Pagefind’s metadata and WebAssembly brotli-compressed, and searches with them', async () => {
    const page = await browser.open('about:blank')
    // Pagefind says so in the console when a file it reads is neither its gzip nor its decoded content.
    const problems = consoleProblems(page)
    const encodings = new Map<string, string | undefined>()
    page.on('response', async (response) => {
      if (/\/pagefind\/(pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|pagefind\.js)$/.test(new URL(response.url()).pathname)) {
        encodings.set(new URL(response.url()).pathname.replace(/^.*\/pagefind\//, ''), (await response.allHeaders())['content-encoding'])
      }
    })
    await page.goto(urlOf('/zoeken/?q=herstel'))
    await resultsFor(page, 'herstel')
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0)
    const names = [...encodings.keys()]
    expect(names.some((name) => name.endsWith('.pf_meta')) && names.some((name) => name.startsWith('wasm.')), names.join(', ')).toBe(true)
    expect(Object.fromEntries(encodings)).toEqual(Object.fromEntries(names.map((name) => [name, 'br'])))
    expect(problems).toEqual([])
    await page.context().close()
  })
})
