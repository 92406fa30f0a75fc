/**
 * The session planner in a real browser: plan 90 minutes on self-stigma,
 * reorder and keep it over a reload, download the PDF run sheet and the
 * calendar file and read them back, work it by keyboard only, no axe-core
 * violations, bad URLs, the default plan without JavaScript, and the data it
 * fetches: the catalogue after the page (loading and error states), the
 * texts of an added item when it enters the plan, and print waiting for them.
 */
import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import ICAL from 'ical.js'
import type { Page } from 'playwright-core'
import { getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../lib/browser.ts'
import { urlOf, useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

/** The planner once its island has taken over (the form appears only then). */
async function openPlanner(query = ''): Promise<Page> {
  const page = await browser.open(`/plannen/${query}`)
  await page.locator('#planner-time').waitFor()
  return page
}

/** Titles of the meeting's parts, in order. */
function partTitles(page: Page): Promise<string[]> {
  return page.locator('.plan-part > h4').allTextContents()
}

const status = (page: Page) => page.getByRole('status')

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const pages: string[] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages.join(' ').replace(/\s+/g, ' ')
}

/** The theme "Zelfstigma" (the stigma type has the same name). */
const themeBox = (page: Page) => page.getByRole('group', { name: 'Thema’s (optioneel)' }).getByRole('checkbox', { name: 'Zelfstigma' })

async function planSelfStigma(page: Page) {
  await page.getByLabel('Beschikbare tijd', { exact: true }).selectOption('90')
  await themeBox(page).check()
  await expect.poll(() => page.url()).toContain('thema=zelfstigma')
}

describe('session planner', () => {
  it('is linked from the main navigation and the home page', async () => {
    const page = await browser.open('/')
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bijeenkomst plannen' }).waitFor()
    await page.getByRole('link', { name: 'Stel je draaiboek samen: tijd, groep en thema' }).click()
    await page.waitForURL(/\/plannen\/$/)
  })

  it('plans 90 minutes on self-stigma in the guide’s phases, with reasons and a visible total', async () => {
    const page = await openPlanner()
    await planSelfStigma(page)
    const titles = await partTitles(page)
    expect(titles.map((title) => title.replace(/\s+/g, ' '))).toEqual([
      '0:00–0:10 Opening (10 min)',
      '0:10–0:25 Theorie over (de)stigma (15 min)',
      '0:25–0:50 Filmfragment 7: Hoop (25 min)',
      '0:50–1:10 Werkvorm: De rol van empowerment (20 min)',
      '1:10–1:25 Top 3 actiepunten (15 min)',
      '1:25–1:30 Afsluiting (5 min)',
    ])
    await expect.poll(() => page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
    expect(await page.locator('.plan-part-activity .part-reason').textContent()).toBe('past bij zelfstigma; 20–25 min')
    expect(await page.locator('.plan-part-fragment .part-reason').textContent()).toBe('het dichtst bij zelfstigma (thema hoop); film 5 min 15 s + gesprek')
    expect(await page.locator('.planner-notices').textContent()).toContain('De toolkit heeft nog geen filmfragmenten over zelfstigma')
    expect(await status(page).textContent()).toMatch(/Nieuw plan voor 90 minuten gemaakt/)
    // The maker's question sheet, from the content, where the toolkit has no questions yet.
    expect(await page.locator('.plan-part-fragment').textContent()).toContain('https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/')
  })

  it('reorders, survives a reload, and undoes the last change', async () => {
    const page = await openPlanner()
    await planSelfStigma(page)
    await page.getByRole('button', { name: 'Omlaag: Filmfragment 7: Hoop' }).click()
    await expect.poll(() => status(page).textContent()).toBe('Filmfragment Hoop is verplaatst naar plaats 2 van 2.')
    const moved = await partTitles(page)
    expect(moved[2]).toContain('Werkvorm: De rol van empowerment')
    expect(moved[3]).toContain('Filmfragment 7: Hoop')
    expect(page.url()).toContain('plan=')

    await page.reload()
    await page.locator('#planner-time').waitFor()
    expect(await partTitles(page)).toEqual(moved)
    expect(await themeBox(page).isChecked()).toBe(true)

    await page.getByRole('spinbutton', { name: 'Minuten voor Werkvorm: De rol van empowerment' }).fill('25')
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page).textContent()).toMatch(/^Werkvorm De rol van empowerment: 25 minuten/)
    await expect.poll(() => page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
    await page.getByRole('button', { name: 'Ongedaan maken' }).click()
    await expect.poll(() => status(page).textContent()).toBe('De laatste wijziging is ongedaan gemaakt.')
    expect((await partTitles(page))[2]).toContain('(20 min)')
  })

  it('downloads a PDF run sheet with timings, materials, the question sheet, the action-point template and tips', async () => {
    const page = await openPlanner()
    await planSelfStigma(page)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pdf (draaiboek)' }).click()])
    expect(download.suggestedFilename()).toBe('draaiboek-90-minuten.pdf')
    const bytes = new Uint8Array(await readFile((await download.path())!))
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-')
    const text = await pdfText(bytes)
    for (const expected of [
      'Teambijeenkomst over zelfstigma',
      'Toolkit destigmatisering',
      '0:50–1:10',
      'De rol van empowerment',
      'Flip-over met stiften',
      'https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/',
      'Actiepunt',
      'Wat gaan we doen',
      'Wie',
      'Wanneer',
      'Vertel dat de scènes geïmproviseerd zijn',
      'Houd het gesprek bij (de)stigmatisering',
      'pagina 1 van',
    ]) {
      expect(text, expected).toContain(expected)
    }
    // Editors' notes never reach the run sheet.
    expect(text).not.toContain('staan niet in de bronnen')
    expect(await status(page).textContent()).toBe('De pdf met het draaiboek is gedownload.')
  })

  it('downloads a calendar file with the session and the follow-ups the guide asks for', async () => {
    const page = await openPlanner()
    await page.getByLabel('Datum (optioneel)').fill('2026-12-07')
    await page.getByLabel('Begintijd (optioneel)').fill('13:30')
    await expect.poll(() => page.url()).toContain('start=13:30')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Agenda-bestand (.ics)' }).click()])
    const text = await readFile((await download.path())!, 'utf8')
    // What strict clients ask: lines of at most 75 octets, the start in Dutch time with its zone.
    expect(Math.max(...text.split('\r\n').map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75)
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20261207T133000')
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam')
    const calendar = new ICAL.Component(ICAL.parse(text))
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    const dates = events.map((event) => [event.summary, event.startDate.toString(), event.endDate.toString()])
    expect(dates).toEqual([
      ['Teambijeenkomst over stigma', '2026-12-07T13:30:00', '2026-12-07T15:00:00'],
      ['Evaluatie actiepunten destigmatisering', '2027-03-08T13:30:00', '2027-03-08T14:30:00'],
      ['Opvolgingsbijeenkomst destigmatisering (2 van 4)', '2027-06-07T13:30:00', '2027-06-07T14:30:00'],
      ['Opvolgingsbijeenkomst destigmatisering (3 van 4)', '2027-09-06T13:30:00', '2027-09-06T14:30:00'],
      ['Opvolgingsbijeenkomst destigmatisering (4 van 4)', '2027-12-06T13:30:00', '2027-12-06T14:30:00'],
    ])
    // The first follow-up lies within the 6 months the guide asks for.
    const first = events[1]!.startDate.toJSDate().getTime() - events[0]!.startDate.toJSDate().getTime()
    expect(first).toBeLessThanOrEqual(183 * 24 * 3600 * 1000)
    expect(events[0]!.description).toContain('13:30–13:40 Opening')
  })

  it('works by keyboard only, announcing each change', async () => {
    const page = await openPlanner()
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '')
    const tabToId = async (id: string, max = 120) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab')
        if ((await focusedId()) === id) return
      }
      throw new Error(`focus never reached #${id}`)
    }
    await tabToId('planner-time')
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => status(page).textContent()).toMatch(/^Nieuw plan voor 75 minuten gemaakt/)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
    await tabToId('planner-thema-zelfstigma')
    await page.keyboard.press('Space')
    await expect.poll(() => page.url()).toContain('thema=zelfstigma')
    await tabToId('down-fragment-hoop')
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page).textContent()).toBe('Filmfragment Hoop is verplaatst naar plaats 2 van 2.')
    // Focus stays on the moved part's controls.
    expect(await focusedId()).toBe('up-fragment-hoop')
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page).textContent()).toBe('Filmfragment Hoop is verplaatst naar plaats 1 van 2.')
    expect((await partTitles(page))[2]).toContain('Hoop')
  })

  it('has no axe-core violations (WCAG 2.1 A and AA), also after editing', async () => {
    const page = await openPlanner('?tijd=90&thema=zelfstigma&datum=2026-12-07&start=13:30')
    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))
    }
    expect(await check()).toEqual([])
    await page.getByRole('button', { name: 'Omlaag: Filmfragment 7: Hoop' }).click()
    await expect.poll(() => status(page).textContent()).toContain('verplaatst')
    expect(await check()).toEqual([])
  })

  it('reflows at 320 px: nothing in the planner is wider than the screen', async () => {
    const page = await openPlanner('?thema=zelfstigma')
    await page.setViewportSize({ width: 320, height: 800 })
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > 320.5).map((element) => `${element.tagName}.${element.className}`),
    )
    expect(wide).toEqual([])
  })

  it('bad input in the URL gives Dutch messages and a default plan, never a blank page', async () => {
    const page = await openPlanner('?tijd=17&thema=bestaat-niet&grootte=-3&plan=%25%25garbage')
    const notices = await page.locator('.planner-notices').textContent()
    expect(notices).toContain('17 minuten is korter dan de kortste bijeenkomst die de planner maakt (20 minuten). Het plan is voor 20 minuten.')
    expect(notices).toContain('Het thema ‘bestaat-niet’ bestaat niet in de toolkit en is weggelaten.')
    expect(notices).toContain('De groepsgrootte ‘-3’ kan niet')
    expect(notices).toContain('Het aangepaste plan in de link is niet te lezen.')
    expect(await page.locator('.planner-total').textContent()).toBe('Totaal: 20 van 20 minuten')
    expect((await partTitles(page)).length).toBe(4)
  })

  it('the page carries only the default plan; the catalogue comes as a separate file, with a loading state', async () => {
    const page = await browser.open('about:blank')
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    // Hold the catalogue back, as a slow connection would.
    await page.route(/\/plannen\/gegevens\/catalogus-[\w-]+\.json$/, async (route) => {
      await held
      await route.continue()
    })
    const catalogue = page.waitForResponse(/\/plannen\/gegevens\/catalogus-[\w-]+\.json$/)
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
      packed.findings.map(async ([slug]) => ((await (await page.request.get(urlOf(`/plannen/onderdelen/onderbouwing/${slug}.json`))).json()) as { statement: string }).statement),
    )
    const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    expect(statements.filter((statement) => html.includes(escaped(statement))).length).toBe(3)
  })

  it('says so when the catalogue cannot be loaded, keeps the default plan, and tries again', async () => {
    const page = await browser.open('about:blank')
    const pattern = /\/plannen\/gegevens\/catalogus-[\w-]+\.json$/
    await page.route(pattern, (route) => route.abort('internetdisconnected'))
    await page.goto(urlOf('/plannen/'))
    const alert = page.locator('.planner-error[role=alert]')
    await expect.poll(() => alert.textContent()).toContain('De planner kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.')
    expect(await page.locator('.planner-total').textContent()).toBe('Totaal: 90 van 90 minuten')
    await page.unroute(pattern)
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click()
    await page.locator('#planner-time').waitFor()
    expect(await alert.count()).toBe(0)
  })

  it('loads the texts of an added key finding when it enters the plan, with an error state and a retry', async () => {
    const page = await openPlanner()
    const add = page.getByLabel('Kerncijfer toevoegen')
    const options = await add.locator('option').evaluateAll((list) => list.map((option) => [(option as HTMLOptionElement).value, option.textContent ?? '']))
    const [slug] = options.find(([value]) => value !== '')!
    const detailsUrl = new RegExp(`/plannen/onderdelen/onderbouwing/${slug}\\.json$`)
    // The page does not hold the finding's text: it is fetched, and fails the first time.
    await page.route(detailsUrl, (route) => route.abort('internetdisconnected'))
    await add.selectOption(slug!)
    await page.locator('.add-field', { has: add }).getByRole('button', { name: 'Toevoegen' }).click()
    const theory = page.locator('.plan-part-theory')
    await expect.poll(() => theory.locator('.part-error').textContent()).toContain('De inhoud van dit onderdeel kon niet worden geladen.')
    await page.unroute(detailsUrl)
    const loaded = page.waitForResponse(detailsUrl)
    await theory.getByRole('button', { name: 'Opnieuw proberen' }).click()
    const { statement } = (await (await loaded).json()) as { statement: string }
    await expect.poll(() => theory.textContent()).toContain(statement)
    expect(await theory.locator('.part-error, .part-loading').count()).toBe(0)
    expect(await theory.locator('.figure-title').count()).toBe(4)
  })

  it('prints only once the texts of every part are there', async () => {
    const page = await openPlanner()
    // What the page held when the print dialog was asked for.
    await page.evaluate(() => {
      const record = window as unknown as { printed: string[] }
      record.printed = []
      window.print = () => record.printed.push(document.querySelector('.plan-part-theory')?.textContent ?? '')
    })
    const add = page.getByLabel('Kerncijfer toevoegen')
    const slug = (await add.locator('option').evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value))).find(Boolean)!
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(new RegExp(`/plannen/onderdelen/onderbouwing/${slug}\\.json$`), async (route) => {
      await held
      await route.continue()
    })
    await add.selectOption(slug)
    await page.locator('.add-field', { has: add }).getByRole('button', { name: 'Toevoegen' }).click()
    await page.locator('.plan-part-theory .part-loading').waitFor()
    await page.getByRole('button', { name: 'Printen' }).click()
    await expect.poll(() => status(page).textContent()).toBe('De onderdelen worden geladen; daarna opent het printvenster.')
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([])
    const loaded = page.waitForResponse((response) => response.url().includes(`/onderbouwing/${slug}.json`))
    release()
    const { statement } = (await (await loaded).json()) as { statement: string }
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: string[] }).printed.length)).toBe(1)
    expect((await page.evaluate(() => (window as unknown as { printed: string[] }).printed))[0]).toContain(statement)
  })

  it('plans 30 minutes in a team meeting on self-stigma: one activity and one action point', async () => {
    const page = await openPlanner()
    const times = await page.getByLabel('Beschikbare tijd', { exact: true }).locator('option').evaluateAll((list) => list.map((option) => Number((option as HTMLOptionElement).value)))
    expect(times.slice(0, 6)).toEqual([20, 30, 45, 60, 75, 90])
    expect(times.at(-1)).toBe(240)
    await page.getByLabel('Beschikbare tijd', { exact: true }).selectOption('30')
    await themeBox(page).check()
    await expect.poll(() => page.url()).toContain('thema=zelfstigma')
    expect((await partTitles(page)).map((title) => title.replace(/\s+/g, ' '))).toEqual([
      '0:00–0:03 Opening (3 min)',
      '0:03–0:23 Werkvorm: De rol van empowerment (20 min)',
      '0:23–0:28 Eén actiepunt (5 min)',
      '0:28–0:30 Afsluiting (2 min)',
    ])
    expect(await page.locator('.action-template tbody tr').count()).toBe(1)
    expect(await page.locator('.planner-total').textContent()).toBe('Totaal: 30 van 30 minuten')
  })

  it('a longer part shows what it takes from the others, or lets the total grow, with the total in view', async () => {
    const page = await openPlanner()
    await page.setViewportSize({ width: 1000, height: 700 })
    await page.getByRole('spinbutton', { name: 'Minuten voor Filmfragment 7: Hoop' }).fill('40')
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page).textContent()).toBe(
      'Filmfragment Hoop: 40 minuten. Dat gaat af van: Opening 10 → 5 min, Theorie over (de)stigma 15 → 10 min, Top 3 actiepunten 15 → 10 min. Totaal blijft 90 minuten.',
    )
    // Each part that paid says so on the part itself.
    expect(await page.locator('.plan-part-opening .part-change').textContent()).toBe('Door de laatste wijziging: 10 → 5 minuten (−5)')
    expect(await page.locator('.plan-part-actions .part-change').textContent()).toBe('Door de laatste wijziging: 15 → 10 minuten (−5)')
    // The total stays on screen while the facilitator works further down the plan.
    await page.locator('.plan-part-closing').scrollIntoViewIfNeeded()
    const box = await page.locator('.planner-total').boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(700)

    await page.getByRole('button', { name: 'Niets inkorten: de bijeenkomst duurt dan 105 minuten' }).click()
    await expect.poll(() => page.locator('.planner-total').textContent()).toBe('Totaal: 105 van 105 minuten')
    expect(await status(page).textContent()).toBe('Filmfragment Hoop: 40 minuten. De andere onderdelen blijven gelijk; de bijeenkomst duurt nu 105 minuten (was 90).')
    expect((await partTitles(page)).map((title) => title.replace(/\s+/g, ' '))[0]).toBe('0:00–0:10 Opening (10 min)')
    expect(await page.locator('.part-change').count()).toBe(0)
    await expect.poll(() => page.url()).toContain('tijd=105')
    await page.reload()
    await page.locator('#planner-time').waitFor()
    await expect.poll(() => page.locator('.planner-total').textContent()).toBe('Totaal: 105 van 105 minuten')
    expect(await page.getByLabel('Beschikbare tijd', { exact: true }).inputValue()).toBe('105')
  })

  it('keeps focus on the part just added, and the film’s tips leave with the film', async () => {
    const page = await openPlanner('?ervaringsdeskundige=ja')
    await page.getByRole('button', { name: 'Verwijderen: Filmfragment 7: Hoop' }).click()
    await expect.poll(() => status(page).textContent()).toMatch(/^Filmfragment Hoop is verwijderd/)
    const sheet = page.locator('.run-sheet')
    for (const tip of ['Vertel dat de scènes geïmproviseerd zijn', 'Houd het gesprek bij (de)stigmatisering', 'Doorloop alle vier soorten vragen én de opdracht']) {
      expect(await sheet.textContent()).not.toContain(tip)
    }
    await page.getByLabel('Onderdeel toevoegen').selectOption('fragment:hoop')
    await page.locator('.add-field', { has: page.getByLabel('Onderdeel toevoegen') }).getByRole('button', { name: 'Toevoegen' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page).textContent()).toMatch(/^Filmfragment Hoop is toegevoegd/)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('part-fragment-hoop')
    expect(await sheet.textContent()).toContain('Vertel dat de scènes geïmproviseerd zijn')
  })

  it('warns when the date lies in the past', async () => {
    const page = await openPlanner()
    await page.getByLabel('Datum (optioneel)').fill('2020-03-02')
    await expect.poll(() => page.locator('#planner-date-warning').textContent()).toBe('Let op: deze datum ligt in het verleden.')
    expect(await page.getByLabel('Datum (optioneel)').getAttribute('aria-describedby')).toBe('planner-date-warning')
    await page.getByLabel('Datum (optioneel)').fill('2099-03-02')
    await expect.poll(() => page.locator('#planner-date-warning').count()).toBe(0)
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

  it('prints a run sheet that runs on its own: settings, the plan’s address and QR code, the activity’s steps, boxes to tick, each link once', async () => {
    const page = await openPlanner('?tijd=90&thema=zelfstigma&datum=2030-03-04&start=09:30')
    await page.emulateMedia({ media: 'print' })
    const address = page.url()
    expect(address).toContain('datum=2030-03-04')
    await expect.poll(() => page.locator('.plan-address .plan-url').textContent()).toBe(address)
    expect(await page.locator('.print-address').textContent()).toBe(address)
    await expect.poll(() => page.locator('.plan-address svg path').count()).toBe(1)
    expect(await page.locator('.plan-address').isVisible()).toBe(true)
    expect(await page.locator('.planner-facts').innerText()).toMatch(/Thema’s\s+Zelfstigma/)
    const printed = await page.locator('main').innerText()
    expect(printed).toContain('Uitvoering')
    expect(printed).toContain('Laat de dia “Model uit de herstelbeweging” uit de PowerPoint zien')
    expect(printed).toContain('Opmerking voor de gespreksleider:')
    // Each address once: no second copy after a link whose text is already its address.
    const after = await page.locator('.run-sheet a[href^="http"]').evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content))
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((content) => content === 'none' || content === 'normal')).toBe(true)
    for (const url of ['https://vimeo.com/372848030', 'https://tools.ggzzonderstigma.nl/overzicht-activiteiten-bni/']) {
      expect(printed.split(url).length - 1, url).toBe(1)
    }
    // Materials get an empty box drawn in CSS, not a glyph the font may lack.
    const boxes = await page.locator('.checklist li').evaluateAll((items) => items.map((item) => {
      const style = getComputedStyle(item, '::before')
      return { content: style.content, border: style.borderTopStyle, width: parseFloat(style.width) }
    }))
    expect(boxes.length).toBeGreaterThanOrEqual(6)
    for (const box of boxes) expect(box).toMatchObject({ content: '""', border: 'solid' })
    for (const box of boxes) expect(box.width).toBeGreaterThan(5)
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
