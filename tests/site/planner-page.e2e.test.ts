/**
 * The session planner's page in a real browser: the default plan without
 * JavaScript, the data it fetches (the catalogue after the page, with
 * loading and error states; the texts of an added item when it enters the
 * plan), no axe-core violations, small screens, and the way in from a
 * werkvorm's page.
 */
import AxeBuilder from '@axe-core/playwright'
import { WCAG_TAGS } from '../lib/axe.ts'
import { describe, expect, it } from 'vitest'
import { launchBrowser } from '../lib/browser.ts'
import { detailGroup } from '../../site/src/lib/planner/detail-groups.ts'
import { cardLink, urlOf } from './helpers.ts'
import { CATALOGUE_FILE, partTitles, status, usePlannerBrowser } from './planner-helpers.ts'

const { browser, openPlanner } = usePlannerBrowser()

describe('session planner: the page, its data, accessibility and small screens', () => {
  it('has no axe-core violations (WCAG 2.1 A and AA, 2.2 AA), also after editing', async () => {
    const page = await openPlanner('?tijd=90&thema=zelfstigma&datum=2026-12-07&start=13:30')
    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
      return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))
    }
    expect(await check()).toEqual([])
    await page.getByRole('button', { name: 'Omlaag: Filmfragment 7: Hoop' }).click()
    await expect.poll(() => status(page).textContent()).toContain('verplaatst')
    expect(await check()).toEqual([])
  })

  it('reflows at 320 px: nothing in the planner is wider than the screen, also with a long title to swap to', async () => {
    // A second film with a long title, so the film's part offers a swap list: a select is as wide as its longest option.
    const page = await browser.open('about:blank')
    await page.route(CATALOGUE_FILE, async (route) => {
      const catalogue = (await (await route.fetch()).json()) as { fragments: unknown[][] }
      const [first] = catalogue.fragments
      catalogue.fragments.push(['lange-titel-e2e', 99, `Een lange titel ${'van een filmfragment '.repeat(4)}`, ...first!.slice(3)])
      await route.fulfill({ json: catalogue })
    })
    await page.goto(urlOf('/plannen/?thema=zelfstigma'))
    await page.setViewportSize({ width: 320, height: 800 })
    await page.locator('.swap-field option', { hasText: 'Een lange titel' }).first().waitFor({ state: 'attached' })
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > 320.5).map((element) => `${element.tagName}.${element.className}`),
    )
    expect(wide).toEqual([])
    // The action-point table fits its card: its caption and its last column ("Wanneer") need no sideways scroll.
    const table = page.locator('.action-template-wrap').first()
    expect(await table.evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth)).toBe(0)
  })

  it('the page carries only the default plan; the catalogue comes as a separate file, with a loading state', async () => {
    const page = await browser.open('about:blank')
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    // Hold the catalogue back, as a slow connection would.
    await page.route(CATALOGUE_FILE, async (route) => {
      await held
      await route.continue()
    })
    const catalogue = page.waitForResponse(CATALOGUE_FILE)
    await page.goto(urlOf('/plannen/'))
    await expect.poll(() => page.locator('.planner-loading').textContent()).toBe('De planner wordt geladen… Hieronder staat alvast het standaardplan van 90 minuten.')
    expect(await page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
    expect(await page.locator('#planner-time').count()).toBe(0)
    release()
    const response = await catalogue
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    await page.locator('#planner-time').waitFor()
    expect(await page.locator('.planner-loading').count()).toBe(0)

    // Every key finding is in the catalogue; the page's HTML holds the texts of only the three the default plan shows.
    const packed = (await response.json()) as { findings: Array<[string, string]> }
    expect(packed.findings.length).toBeGreaterThan(10)
    const html = await (await page.request.get(urlOf('/plannen/'))).text()
    const statements = await Promise.all(
      packed.findings.map(async ([slug]) => {
        const group = (await (await page.request.get(urlOf(`/plannen/onderdelen/onderbouwing/${detailGroup(slug)}.json`))).json()) as Record<string, { statement: string }>
        return group[slug]!.statement
      }),
    )
    const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    expect(statements.filter((statement) => html.includes(escaped(statement))).length).toBe(3)
  })

  it('says so when the catalogue cannot be loaded, keeps the default plan, and tries again', async () => {
    const page = await browser.open('about:blank')
    await page.route(CATALOGUE_FILE, (route) => route.abort('internetdisconnected'))
    await page.goto(urlOf('/plannen/'))
    const alert = page.locator('.planner-error[role=alert]')
    await expect.poll(() => alert.textContent()).toContain('De planner kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.')
    expect(await page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
    await page.unroute(CATALOGUE_FILE)
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click()
    await page.locator('#planner-time').waitFor()
    expect(await alert.count()).toBe(0)
  })

  it('loads the texts of an added key finding when it enters the plan, with an error state and a retry', async () => {
    const page = await openPlanner()
    const add = page.getByLabel('Kerncijfer toevoegen')
    const options = await add.locator('option').evaluateAll((list) => list.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? '']))
    const [slug] = options.find(([value]) => value !== '')!
    const detailsUrl = new RegExp(`/plannen/onderdelen/onderbouwing/${detailGroup(slug!)}\\.json$`)
    // The page does not hold the finding's text: it is fetched, and fails the first time.
    await page.route(detailsUrl, (route) => route.abort('internetdisconnected'))
    await add.selectOption(slug!)
    // Each "Toevoegen" says what it adds, for a screen reader's list of buttons (the other one: planner-plan).
    expect(await page.getByRole('button', { name: 'Toevoegen: kerncijfer', exact: true }).count()).toBe(1)
    await page.locator('.add-field', { has: add }).getByRole('button', { name: 'Toevoegen' }).click()
    const theory = page.locator('.plan-part-theory')
    await expect.poll(() => theory.locator('.part-error').textContent()).toContain('De inhoud van dit onderdeel kon niet worden geladen.')
    await page.unroute(detailsUrl)
    const loaded = page.waitForResponse(detailsUrl)
    await theory.getByRole('button', { name: 'Opnieuw proberen' }).click()
    const { statement } = ((await (await loaded).json()) as Record<string, { statement: string }>)[slug!]!
    await expect.poll(() => theory.textContent()).toContain(statement)
    expect(await theory.locator('.part-error, .part-loading').count()).toBe(0)
    expect(await theory.locator('.figure-title').count()).toBe(4)
  })

  it('says when an added item is no longer in the toolkit (removed after the page was made), and offers no retry that cannot help', async () => {
    const page = await openPlanner()
    const add = page.getByLabel('Kerncijfer toevoegen')
    const options = await add.locator('option').evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value))
    const slug = options.find((value) => value !== '')!
    // The group's file as a publish that removed the finding left it: the other items, not this one.
    const detailsUrl = new RegExp(`/plannen/onderdelen/onderbouwing/${detailGroup(slug)}\\.json$`)
    await page.route(detailsUrl, async (route) => {
      const group = (await (await route.fetch()).json()) as Record<string, unknown>
      delete group[slug]
      await route.fulfill({ json: group })
    })
    await add.selectOption(slug)
    await page.locator('.add-field', { has: add }).getByRole('button', { name: 'Toevoegen' }).click()
    const theory = page.locator('.plan-part-theory')
    await expect.poll(() => theory.locator('.part-error').textContent()).toContain('Een van de kerncijfers staat niet meer in de toolkit')
    expect(await theory.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0)
    expect(await theory.getByRole('button', { name: 'Pagina opnieuw laden' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Download pdf (draaiboek)' }).click()
    await expect.poll(() => page.locator('.planner-status').textContent()).toContain('Een onderdeel of kerncijfer van je plan staat niet meer in de toolkit, dus de pdf maken lukt nu niet.')
  })

  for (const width of [320, 375]) {
    it(`at ${width} px the action-point headers break between words only`, async () => {
      const page = await openPlanner()
      await page.setViewportSize({ width, height: 800 })
      // Every word of every header sits on one line (a word split over lines has more than one box).
      const split = await page.evaluate(() => {
        const broken: string[] = []
        for (const header of document.querySelectorAll('.action-template thead th')) {
          const text = header.firstChild as Text
          const value = text.textContent ?? ''
          for (const match of value.matchAll(/\S+/g)) {
            const range = document.createRange()
            range.setStart(text, match.index!)
            range.setEnd(text, match.index! + match[0].length)
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
            if (lines.size > 1) broken.push(match[0])
          }
        }
        return broken
      })
      expect(split).toEqual([])
    })
  }

  it('from a werkvorm’s page, “Plan een bijeenkomst met deze werkvorm” opens the planner with it, and the address then holds the plan', async () => {
    const page = await browser.open('/werkvormen/')
    await page.goto(await cardLink(page))
    const title = (await page.locator('h1').textContent())!.trim()
    const link = page.getByRole('link', { name: 'Plan een bijeenkomst met deze werkvorm' })
    // A real link that shows where the keyboard is and fits a 320 px screen.
    await page.setViewportSize({ width: 320, height: 800 })
    expect((await link.boundingBox())!.x + (await link.boundingBox())!.width).toBeLessThanOrEqual(320)
    await link.focus()
    expect(await link.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none')
    await link.click()
    await page.locator('#planner-time').waitFor()
    await expect.poll(() => page.url()).toContain('plan=')
    expect(await partTitles(page)).toContainEqual(expect.stringContaining(title))
    // A reload keeps the werkvorm: the plan comes from the address.
    await page.reload()
    await page.locator('#planner-time').waitFor()
    expect(await partTitles(page)).toContainEqual(expect.stringContaining(title))
    // So does a new plan for another time or group: the facilitator came to plan with this werkvorm.
    for (const minutes of ['30', '120']) {
      await page.locator('#planner-time').selectOption(minutes)
      await expect.poll(() => new URL(page.url()).searchParams.get('tijd')).toBe(minutes)
      expect(await partTitles(page), `${minutes} minuten`).toContainEqual(expect.stringContaining(title))
    }
    await page.locator('#planner-group').selectOption({ index: 1 })
    await expect.poll(() => partTitles(page)).toContainEqual(expect.stringContaining(title))
  })

  it('shows the default 90-minute plan without JavaScript', async () => {
    const raw = await launchBrowser()
    try {
      const context = await raw.newContext({ javaScriptEnabled: false, locale: 'nl-NL' })
      const page = await context.newPage()
      await page.goto(urlOf('/plannen/'))
      expect(await page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
      const titles = await partTitles(page)
      expect(titles[0]).toContain('Opening')
      expect(titles.at(-1)).toContain('Afsluiting')
      expect(await page.locator('#planner-time').count()).toBe(0)
    } finally {
      await raw.close()
    }
  })
})
