/**
 * The publish cycle, as a clinician meets it while an editor publishes: two
 * publications in a row through the CMS of the running product (`npm start`
 * from the global setup, SITE_UPDATE=local), and after each, every
 * interactive page driven in Chromium — the planner (plan, PDF, .ics, undo),
 * search, the finder, the question dialog and the embed script — failing on
 * any answer of 400 or more, any failed request and any console error.
 *
 * A tab opened before a publication is used after it too: a browser (or a
 * CDN edge) that holds an earlier page must keep working, so the scripts
 * that page loads on demand must still be there.
 *
 * The bug this guards: after the first publication the planner page was
 * taken over from the previous build unchanged, but the build had made new
 * hashed scripts, and the page's scripts answered 404.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hostPage, scriptTag, startHostServer, waitForContentHeight, type HostServer } from './embed-helpers.ts'
import { urlOf, useBrowser } from './helpers.ts'
import { adminToken } from '../lib/admin-api.ts'

const browser = useBrowser()
let host: HostServer
/** What went wrong on the pages of this file, as "page: what". Checked after each step. */
const problems: string[] = []

beforeAll(async () => {
  await browser.start()
  host = await startHostServer()
})
afterAll(async () => {
  await browser.stop()
  await host?.close()
  // Put the seed content back (the completeness and content tests that follow read it), and wait until the site shows it.
  // Cleanup, not the behaviour under test: a failure here is reported, not counted against the publish cycle.
  for (const { collection, slug, before, path, marker } of changed.splice(0).reverse()) {
    try {
      await publish(collection, slug, before)
      // expect.poll works only inside a test: a plain wait here.
      const until = Date.now() + 180_000
      while ((await (await fetch(urlOf(path))).text()).includes(marker)) {
        if (Date.now() > until) throw new Error(`${path} toont na 180 s nog de testtekst`)
        await new Promise((resolve) => setTimeout(resolve, 1_000))
      }
    } catch (error) {
      console.warn(`Kon ${collection}/${slug} niet terugzetten: ${(error as Error).message}`)
    }
  }
}, 400_000)

/** Records every failed answer, failed request, console error and uncaught error of a page (and its frames). */
function watch(page: Page, name: string): Page {
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${name}: ${response.status()} ${response.url()}`)
  })
  page.on('requestfailed', (request) => problems.push(`${name}: mislukt ${request.url()} (${request.failure()?.errorText})`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${name}: console.error ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`))
  return page
}

async function open(path: string, name = path): Promise<Page> {
  const page = await browser.open('about:blank')
  watch(page, name)
  await page.goto(/^[a-z]+:/.test(path) ? path : urlOf(path))
  return page
}

/** Runs a step; when it fails (a download that never comes), the error names what went wrong on the network too. */
async function step(name: string, work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}\nOp het netwerk en in de console:\n${problems.splice(0).join('\n') || '(niets)'}`, { cause: error })
  }
}

/** Fails on what went wrong since the last check (each step answers for its own). */
function expectNoProblems(step: string) {
  expect(problems.splice(0), step).toEqual([])
}

// --- the CMS ---------------------------------------------------------------------------------------------------------

const cmsUrl = () => inject('cmsUrl')


/** What this file changed, as it was before, with the page that shows it: put back afterwards, so later files see the seed. */
const changed: { collection: string; slug: string; before: Record<string, unknown>; path: string; marker: string }[] = []

/** Publishes a change to one document through the REST API, as the admin's save-and-publish does. */
async function publish(collection: string, slug: string, change: Record<string, unknown>, shownAt?: { path: string; marker: string }): Promise<void> {
  const token = await adminToken()
  const { docs } = (await (await fetch(`${cmsUrl()}/api/${collection}?where[slug][equals]=${slug}&depth=0`)).json()) as {
    docs: ({ id: number } & Record<string, unknown>)[]
  }
  if (shownAt) changed.push({ collection, slug, before: Object.fromEntries(Object.keys(change).map((key) => [key, docs[0]![key] ?? null])), ...shownAt })
  const response = await fetch(`${cmsUrl()}/api/${collection}/${docs[0]!.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ ...change, _status: 'published' }),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

/** Waits until the served page at `path` holds `text`: the site update is live. */
async function live(path: string, text: string): Promise<void> {
  const started = Date.now()
  await expect.poll(async () => (await fetch(urlOf(path))).text(), { timeout: 180_000, interval: 1_000 }).toContain(text)
  console.log(`Publicatie live na ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

// --- the interactive pages ------------------------------------------------------------------------------------------

const status = (page: Page) => page.getByRole('status')

/** Plans a session, downloads its PDF and calendar file, changes it and undoes the change. */
async function usePlanner(page: Page): Promise<void> {
  await page.locator('#planner-time').waitFor({ timeout: 20_000 })
  await page.getByLabel('Beschikbare tijd').selectOption('90')
  await page.getByRole('group', { name: 'Thema’s (optioneel)' }).getByRole('checkbox', { name: 'Zelfstigma' }).check()
  await expect.poll(() => page.url()).toContain('thema=zelfstigma')
  await expect.poll(() => page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pdf (draaiboek)' }).click()])
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
  await expect.poll(() => status(page).textContent()).toBe('De pdf met het draaiboek is gedownload.')

  await page.getByLabel('Datum (optioneel)').fill('2026-12-07')
  await page.getByLabel('Begintijd (optioneel)').fill('13:30')
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Agenda-bestand (.ics)' }).click()])
  expect(ics.suggestedFilename()).toMatch(/\.ics$/)

  const before = await page.locator('.plan-part > h4').allTextContents()
  await page.locator('.plan-part button[aria-label^="Omlaag:"]').first().click()
  await expect.poll(() => status(page).textContent()).toContain('verplaatst')
  await page.getByRole('button', { name: 'Ongedaan maken' }).click()
  await expect.poll(() => status(page).textContent()).toBe('De laatste wijziging is ongedaan gemaakt.')
  expect(await page.locator('.plan-part > h4').allTextContents()).toEqual(before)
}

async function useSearch(page: Page): Promise<void> {
  await page.locator('[data-search-ready]').waitFor({ timeout: 20_000 })
  await page.getByRole('searchbox', { name: 'Zoekterm' }).fill('stigma')
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 }).toContain('“stigma”')
  expect(await page.locator('.search-results h3').count()).toBeGreaterThan(0)
}

async function useFinder(page: Page): Promise<void> {
  const finder = page.getByRole('form', { name: 'Wat zoek je?' })
  await finder.getByLabel('Ik heb (tijd)').selectOption({ label: 'een half uur' })
  await finder.getByLabel('over (thema)').selectOption({ label: 'zelfstigma' })
  await finder.getByRole('button', { name: 'Toon wat past' }).click()
  await page.waitForURL(/\/overzicht\/\?/)
  await expect.poll(() => page.locator('.cards .card:visible').count()).toBeGreaterThan(0)
}

async function useQuestions(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Vragen presenteren' }).click()
  await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Escape')
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
}

async function useEmbedScript(when: string): Promise<void> {
  const site = inject('siteUrl')
  const page = watch(await browser.open('about:blank'), `insluitscript (${when})`)
  await page.goto(host.page(`/intranet-${when.replace(/\W+/g, '-')}.html`, hostPage(scriptTag(site, '/embed/filmfragmenten/hoop/'))))
  const { frame } = await waitForContentHeight(page.locator('iframe'), 20_000)
  expect(frame).toBeGreaterThan(200)
  await page.context().close()
}

/** Every interactive page, each in a fresh tab. */
async function driveEverything(when: string): Promise<void> {
  for (const [path, name, use] of [
    ['/plannen/', 'planner', usePlanner],
    ['/zoeken/', 'zoeken', useSearch],
    ['/', 'vinder', useFinder],
    ['/filmfragmenten/hoop/', 'vragen', useQuestions],
  ] as const) {
    const page = await open(path, `${name} (${when})`)
    await step(`${name} (${when})`, () => use(page))
    await page.context().close()
  }
  await step(`insluitscript (${when})`, () => useEmbedScript(when))
  expectNoProblems(`na ${when}`)
}

describe('the publish cycle: every interactive page keeps working while editors publish', () => {
  let earlier: Page

  it('works before any publication, in a tab that stays open', async () => {
    earlier = await open('/plannen/', 'open tabblad van voor de publicatie')
    await earlier.locator('#planner-time').waitFor({ timeout: 20_000 })
    expectNoProblems('voor de publicatie')
  })

  it('after a first publication (a fragment gets its questions): the open tab and every page work', { timeout: 420_000 }, async () => {
    const marker = `Wat zag je gebeuren? (gepubliceerd ${Date.now()})`
    await publish(
      'fragments',
      'hoop',
      { questions: { general: [{ text: marker }, { text: 'Wat herken je uit je eigen werk?' }], practice: [], thematic: [], stigma: [] } },
      { path: '/filmfragmenten/hoop/', marker },
    )
    await live('/filmfragmenten/hoop/', marker)
    // The tab opened before: its scripts load what they need on demand (PDF, calendar) from the earlier build.
    await step('open tabblad na de eerste publicatie', () => usePlanner(earlier))
    expectNoProblems('open tabblad na de eerste publicatie')
    await earlier.context().close()
    earlier = await open('/plannen/', 'open tabblad van na de eerste publicatie')
    await earlier.locator('#planner-time').waitFor({ timeout: 20_000 })
    await driveEverything('eerste publicatie')
  })

  it('after a second publication right after it: the open tab and every page work', { timeout: 420_000 }, async () => {
    const marker = `Tweede publicatie van de e2e-test om ${Date.now()}.`
    await publish('cases', 'jenny', { summary: marker }, { path: '/casussen/jenny/', marker })
    await live('/casussen/jenny/', marker)
    await step('open tabblad na de tweede publicatie', () => usePlanner(earlier))
    expectNoProblems('open tabblad na de tweede publicatie')
    await earlier.context().close()
    await driveEverything('tweede publicatie')
  })
})
