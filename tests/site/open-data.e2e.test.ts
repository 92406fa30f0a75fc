/**
 * Open data and the gap map in the running product (issue 19), as their
 * users meet them: a re-user downloads the JSON and a CSV from /open-data/
 * (linked in the footer), opens the CSV as a spreadsheet would (BOM,
 * accents, no formulas) and validates the JSON against the schema published
 * beside it; the documented oEmbed operation of the OpenAPI document answers
 * as documented; publisher and licence appear once editors set them; on
 * /dekking/ every count is the number the finder shows
 * for the same filters, also after an editor tags a method with a care
 * setting; both pages pass axe and reflow at 320 px.
 */
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '../lib/axe.ts'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage } from '../lib/admin-session.ts'
import { urlOf, useBrowser } from './helpers.ts'
import { adminToken } from '../lib/admin-api.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const cmsUrl = () => inject('cmsUrl')


/** Downloads the file a link on the page leads to, as a reader clicking it does. */
async function download(page: Page, name: string | RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
  return readFile((await file.path())!)
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), page.url()).toEqual([])
}

async function expectReflowAt320(path: string) {
  const page = await browser.open('about:blank')
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto(urlOf(path))
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0)
  await page.context().close()
}

describe('open data', () => {
  it('is linked in the footer and offers the JSON, its schema and a CSV per collection, each with date and size', async () => {
    const page = await browser.open('/')
    await page.locator('footer').getByRole('link', { name: 'Open data' }).click()
    await page.waitForURL(/\/open-data\/$/)
    const items = page.locator('.downloads > li')
    expect(await items.count()).toBe(2 + 8)
    for (const text of await items.allInnerTexts()) expect(text).toMatch(/(\d+(,\d)? (kB|MB|bytes))/)
    expect(await page.locator('.downloads').first().innerText()).toMatch(/bijgewerkt \d+ \w+ \d{4}/)
    await page.context().close()
  })

  it('downloads a CSV that opens with its accents and without formula cells, and a JSON that validates against the published schema', async () => {
    const page = await browser.open('/open-data/')
    const csv = await download(page, /Interventies \(interventions\.csv\)/)
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { fatal: true }).decode(csv.subarray(3))
    const [header, ...rows] = text.split('\r\n').filter(Boolean)
    expect(header).toContain('name;abbreviation')
    expect(rows.length).toBeGreaterThan(5)
    // The toolkit's own words with accents arrive as written (e.g. "cliënten").
    expect(text).toMatch(/[ëéï]/)
    for (const row of rows) for (const cell of row.split(';')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/)

    const data = JSON.parse((await download(page, 'toolkit.json')).toString('utf8'))
    const schema = JSON.parse((await download(page, 'toolkit.schema.json')).toString('utf8'))
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    // What the pages show: every intervention on the listing is in the file, and nothing else.
    await page.goto(urlOf('/interventies/'))
    const listed = await page.locator('.cards .card h2 a, .cards .card h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)))
    expect(data.collections.interventions.map((doc: { slug: string }) => doc.slug).sort()).toEqual(listed.sort())
    await page.context().close()
  })

  it('names publisher and licence only once editors set them in the CMS global "Open data"; until then it says no licence is given', async () => {
    const page = await browser.open('/open-data/')
    // Nothing invented: no publisher, and the licence is said to be missing (found walking the product: the page was silent).
    const unset = await page.getByTestId('open-data-terms').innerText()
    expect(unset).not.toContain('Uitgever')
    expect(unset).toMatch(/Licentie\s+Nog niet opgegeven/)
    await page.context().close()
    const token = await adminToken()
    const setTerms = (body: object) =>
      fetch(`${cmsUrl()}/api/globals/open-data`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify(body) })
    expect((await setTerms({ publisher: 'Uitgever van de e2e-test', licence: 'Licentie van de e2e-test', licenceUrl: 'https://licentie.example/e2e' })).status).toBe(200)
    try {
      const terms = async () => {
        const page = await browser.open('/open-data/')
        const text = (await page.getByTestId('open-data-terms').count()) ? await page.getByTestId('open-data-terms').innerText() : ''
        await page.context().close()
        return text
      }
      // The change is published like content: the site is updated after it.
      await expect.poll(terms, { timeout: 180_000, interval: 3_000 }).toContain('Uitgever van de e2e-test')
      expect(await terms()).toContain('Licentie van de e2e-test')
      const data = await (await fetch(urlOf('/open-data/toolkit.json'))).json()
      expect(data.openData).toEqual({ publisher: 'Uitgever van de e2e-test', licence: 'Licentie van de e2e-test', licenceUrl: 'https://licentie.example/e2e' })
    } finally {
      await setTerms({ publisher: null, licence: null, licenceUrl: null })
    }
  }, 300_000)

  it('passes axe and reflows at 320 px', async () => {
    const page = await browser.open('/open-data/')
    await expectNoAxeViolations(page)
    await page.context().close()
    await expectReflowAt320('/open-data/')
  })
})

describe('the API description for people (CMS, /api/docs)', () => {
  it('lists every documented operation and passes axe', async () => {
    const document = (await (await fetch(`${cmsUrl()}/api/openapi.json`)).json()) as any
    const page = await browser.open(`${cmsUrl()}/api/docs`)
    for (const item of Object.values<any>(document.paths)) expect(await page.locator(`#${item.get.operationId}`).count()).toBe(1)
    await expectNoAxeViolations(page)
    await page.context().close()
  })
})

describe('the documented API on the site: oEmbed', () => {
  it('answers the documented oEmbed operation as the OpenAPI document says', async () => {
    const document = (await (await fetch(`${cmsUrl()}/api/openapi.json`)).json()) as any
    const operation = document.paths['/oembed']
    expect(operation.servers[0].url).toBe(inject('siteUrl').replace(/\/$/, ''))
    const { docs } = (await (await fetch(`${cmsUrl()}/api/interventions?limit=1`)).json()) as { docs: { slug: string }[] }
    const response = await fetch(`${urlOf('/oembed')}?url=${encodeURIComponent(urlOf(`/interventies/${docs[0]!.slug}/`))}&format=json`)
    expect(response.status).toBe(200)
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    const validate = ajv.compile({ ...operation.get.responses['200'].content['application/json'].schema, components: document.components })
    const body = await response.json()
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true)
  })
})

/** Every count on a gap-map page with its finder link; empty cells have no link. */
async function coverageCells(page: Page): Promise<{ count: number; href: string | null }[]> {
  return page.locator('[data-coverage] td').evaluateAll((cells) =>
    cells.map((cell) => ({ count: Number((cell as HTMLElement).dataset.count), href: cell.querySelector('a')?.getAttribute('href') ?? null })),
  )
}

/** What the finder shows for a link: the number of cards it leaves visible. */
async function finderCount(href: string): Promise<number> {
  const page = await browser.open(href)
  await page.waitForFunction(() => document.querySelector('[data-filter-status]')?.textContent?.includes('gevonden') || !document.querySelector('[data-facets][hidden]'))
  const shown = await page.locator('.cards [data-facets]:visible').count()
  await page.context().close()
  return shown
}

async function expectCountsMatchFinder(path: string) {
  const page = await browser.open(path)
  const cells = await coverageCells(page)
  await page.context().close()
  expect(cells.length).toBeGreaterThan(0)
  for (const cell of cells) {
    if (cell.count === 0) expect(cell.href, 'an empty cell links nowhere').toBeNull()
    else expect(await finderCount(cell.href!), `${path}: ${cell.href}`).toBe(cell.count)
  }
  return cells
}

describe('gap map', () => {
  it('counts what the finder shows for the same filters, for all audiences and for one', async () => {
    const cells = await expectCountsMatchFinder('/dekking/')
    expect(cells.some((cell) => cell.count > 0)).toBe(true)
    await expectCountsMatchFinder('/dekking/professionals/')
  }, 240_000)

  it('fills an empty cell after an editor tags a method with that stigma type and setting, still equal to the finder', async () => {
    const token = await adminToken()
    const { docs } = (await (await fetch(`${cmsUrl()}/api/interventions?limit=1&depth=0`)).json()) as { docs: { id: number; stigmaTypes: string[]; settings: string[] }[] }
    const method = docs[0]!
    const patch = (body: object) =>
      fetch(`${cmsUrl()}/api/interventions/${method.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ ...body, _status: 'published' }),
      })
    const cellText = async () => {
      const page = await browser.open('/dekking/')
      // Row "Stigma door associatie" (associative), column "Verslavingszorg" (addiction care).
      const row = page.locator('[data-coverage] tbody tr', { has: page.locator('th', { hasText: 'Stigma door associatie' }) })
      const count = await row.locator('td').nth(3).getAttribute('data-count')
      await page.context().close()
      return Number(count)
    }
    const before = await cellText()
    expect((await patch({ stigmaTypes: [...new Set([...method.stigmaTypes, 'associative'])], settings: [...new Set([...method.settings, 'addiction-care'])] })).status).toBe(200)
    try {
      await expect.poll(cellText, { timeout: 180_000, interval: 3_000 }).toBe(before + 1)
      await expectCountsMatchFinder('/dekking/')
    } finally {
      // Other test files expect the seeded content.
      await patch({ stigmaTypes: method.stigmaTypes, settings: method.settings })
    }
  }, 420_000)

  it('is an accessible table: caption, scoped headers, a keyboard-reachable scroll region; axe passes; reflows at 320 px', async () => {
    const page = await browser.open('/dekking/')
    expect(await page.locator('[data-coverage] caption').innerText()).toContain('soort stigma en setting')
    expect(await page.locator('[data-coverage] thead th[scope="col"]').count()).toBe(6)
    expect(await page.locator('[data-coverage] tbody th[scope="row"]').count()).toBe(5)
    const region = page.getByRole('region', { name: /Aantal methoden/ })
    await region.focus()
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true)
    // The audience switch: links, the current one marked.
    await page.getByRole('navigation', { name: 'Doelgroep' }).getByRole('link', { name: 'Hulpverleners' }).click()
    await page.waitForURL(/\/dekking\/professionals\/$/)
    expect(await page.getByRole('navigation', { name: 'Doelgroep' }).getByRole('link', { name: 'Hulpverleners', exact: true }).getAttribute('aria-current')).toBe('page')
    await expectNoAxeViolations(page)
    await page.goto(urlOf('/dekking/'))
    await expectNoAxeViolations(page)
    // Printed: the whole table on paper (no scroll box), empty cells in words without a background.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.coverage-scroll').evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible')
    const empty = page.locator('[data-coverage] td.empty').first()
    if (await empty.count()) {
      expect(await empty.evaluate((element) => getComputedStyle(element).backgroundImage)).toBe('none')
      expect(await empty.innerText()).toContain('geen')
    }
    await page.context().close()
    await expectReflowAt320('/dekking/')
  })
})

describe('gap map for editors (admin view "Dekking")', () => {
  it('shows the matrix, and an empty cell opens a new document with its stigma type and setting already chosen', async () => {
    const { browser: adminBrowser, page } = await adminPage()
    try {
      // The navigation links to the view (the nav itself may be folded away on this window size).
      expect(await page.locator('#nav-dekking').getAttribute('href')).toBe('/admin/dekking')
      await page.goto(`${cmsUrl()}/admin/dekking`, { timeout: 120_000 })
      const table = page.locator('[data-coverage]')
      // The row heading, four settings and "Alle settings"; five stigma types, then "Alle soorten stigma" below them.
      expect(await table.locator('thead th[scope="col"]').count()).toBe(6)
      expect(await table.locator('tbody th[scope="row"]').count()).toBe(5)
      expect(await table.locator('tfoot th[scope="row"]').textContent()).toBe('Alle soorten stigma')
      // The table is drawn on the server: a click before the page's script took over the button opens nothing, so click
      // until the drawer is there (once it is, the click was taken).
      const cell = page.getByRole('button', { name: 'Nieuw: interventie voor labelvermijding in beschermd wonen' })
      const drawer = page.getByRole('dialog').last()
      await expect
        .poll(
          async () => {
            if ((await drawer.count()) === 0) await cell.click()
            return drawer.count()
          },
          { timeout: 60_000, interval: 5_000 },
        )
        .toBeGreaterThan(0)
      await expect.poll(() => drawer.innerText(), { timeout: 60_000 }).toContain('Labelvermijding')
      const text = await drawer.innerText()
      expect(text).toContain('Beschermd wonen')
      expect(text).not.toContain('Verslavingszorg')
    } finally {
      await adminBrowser.close()
    }
  }, 240_000)
})
