/**
 * The session planner in a real browser, making and editing a plan: plan 90
 * minutes on self-stigma, or 30 in a team meeting; reorder and keep it over a
 * reload, undo; longer parts that take from the others or let the total
 * grow; keep and share it by its link; work it by keyboard only; bad URLs. (Files and print:
 * planner-take-away; loading, without JavaScript and accessibility:
 * planner-page.)
 */
import { describe, expect, it } from 'vitest'
import { partTitles, planSelfStigma, status, themeBox, usePlannerBrowser } from './planner-helpers.ts'

const { browser, openPlanner } = usePlannerBrowser()

describe('session planner: making and editing a plan', () => {
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

  it('says where the plan is kept and copies its link, which opens the same plan in a new window', async () => {
    const page = await openPlanner()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await planSelfStigma(page)
    await page.getByRole('button', { name: 'Omlaag: Filmfragment 7: Hoop' }).click()
    await expect.poll(() => page.url()).toContain('plan=')
    const planned = await partTitles(page)
    const copy = page.getByRole('button', { name: 'Link naar dit plan kopiëren' })
    expect(await copy.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent())).toBe('Je plan staat in de link van deze pagina, niet op dit apparaat.')
    await copy.click()
    await expect.poll(() => status(page).textContent()).toBe('De link naar dit plan is gekopieerd. Bewaar of deel hem: het plan wordt verder nergens bewaard.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(page.url())

    // A colleague (a new browser window, nothing stored) opens the link: the same plan.
    const colleague = await browser.open(copied)
    await colleague.locator('#planner-time').waitFor()
    expect(await partTitles(colleague)).toEqual(planned)
    await colleague.context().close()
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

  it('undo takes the notes and the offer of the undone change away with it', async () => {
    const page = await openPlanner('?tijd=120&groep=teams&thema=taalgebruik')
    const notes = page.locator('.part-change')
    await page.getByRole('button', { name: 'Verwijderen: Filmfragment 7: Hoop' }).click()
    await expect.poll(() => status(page).textContent()).toMatch(/^Filmfragment Hoop is verwijderd/)
    // The removed film's time went to the other parts, and they say so.
    await expect.poll(() => notes.count()).toBeGreaterThan(0)
    expect(await notes.first().textContent()).toMatch(/^Door de laatste wijziging: \d+ → \d+ minuten \(\+\d+\)$/)
    await page.getByRole('button', { name: 'Ongedaan maken' }).click()
    await expect.poll(() => status(page).textContent()).toBe('De laatste wijziging is ongedaan gemaakt.')
    expect(await partTitles(page)).toContainEqual(expect.stringContaining('Filmfragment 7: Hoop'))
    expect(await notes.count()).toBe(0)

    // A longer part offers to let the total grow instead; after undo there is nothing left to offer that for.
    await page.getByRole('spinbutton', { name: 'Minuten voor Filmfragment 7: Hoop' }).fill('40')
    await page.keyboard.press('Enter')
    const offer = page.getByRole('button', { name: /^Niets inkorten/ })
    await offer.waitFor()
    expect(await notes.count()).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Ongedaan maken' }).click()
    await expect.poll(() => status(page).textContent()).toBe('De laatste wijziging is ongedaan gemaakt.')
    expect(await offer.count()).toBe(0)
    expect(await notes.count()).toBe(0)
    expect(await page.locator('.planner-total').textContent()).toBe('Totaal: 120 van 120 minuten')
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
    // Named for what it adds, apart from the key figures' "Toevoegen".
    await page.getByRole('button', { name: 'Toevoegen: onderdeel', exact: true }).focus()
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
})
