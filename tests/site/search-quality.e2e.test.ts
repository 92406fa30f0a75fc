/**
 * Search quality on the seed content: every query of search-quality.json
 * (Dutch, with typos, English terms and abbreviations) must have its pages
 * in the first three results. Prints the hit rates (top 1 and top 3).
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useBrowser } from './helpers.ts'

type Case = { query: string; kind?: string; top3: string[] }
const SET: { queries: Case[] } = JSON.parse(readFileSync(new URL('./search-quality.json', import.meta.url), 'utf8'))

const browser = useBrowser()
let page: Page
beforeAll(async () => {
  await browser.start()
  page = await browser.open('/zoeken/')
  await page.locator('[data-search-ready]').waitFor({ timeout: 15_000 })
})
afterAll(() => browser.stop())

const outcome: Array<{ query: string; top1: boolean; top3: boolean }> = []
afterAll(() => {
  const rate = (key: 'top1' | 'top3') => `${outcome.filter((o) => o[key]).length}/${outcome.length} (${Math.round((outcome.filter((o) => o[key]).length / outcome.length) * 100)}%)`
  console.log(`zoekkwaliteit: top 1 ${rate('top1')}, top 3 ${rate('top3')}`)
})

/** The site paths of the first results for a query, after the page announced them. */
async function topPaths(query: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill(query)
  // Wait for the results that answer this query.
  await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-search-query'), { timeout: 15_000 }).toBe(query)
  const base = new URL(page.url()).pathname.replace(/zoeken\/$/, '')
  return page.locator('.search-results h3 a').evaluateAll(
    (links, prefix) => links.map((link) => `/${new URL((link as HTMLAnchorElement).href).pathname.slice(prefix.length)}`),
    base,
  )
}

describe(`search quality: ${SET.queries.length} queries, the expected pages in the top 3`, () => {
  it('has a set of at least 30 queries with typos, English terms and abbreviations', () => {
    expect(SET.queries.length).toBeGreaterThanOrEqual(30)
    for (const kind of ['typo', 'English', 'abbreviation']) expect(SET.queries.some((c) => c.kind === kind), kind).toBe(true)
  })

  for (const { query, top3 } of SET.queries) {
    it(query, async () => {
      const paths = await topPaths(query)
      const hit = { query, top1: paths[0] === top3[0], top3: top3.every((path) => paths.slice(0, 3).includes(path)) }
      outcome.push(hit)
      expect(paths.slice(0, 3), query).toEqual(expect.arrayContaining(top3))
    })
  }
})
