/**
 * Evaluation without cookies, end to end (issue 18): a participant opens the
 * evaluation link of a planned session from its run sheet, answers, and the
 * answers appear in the editors' results and in the CSV; no cookie is set on
 * the site or the CMS. "Heb je dit gebruikt?" on a method's page too.
 * Needs the CMS (skipped with CONTENT_SNAPSHOT, which starts only the site).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { useBrowser } from './helpers.ts'

const browser = useBrowser()
beforeAll(() => browser.start())
afterAll(() => browser.stop())

const cmsUrl = inject('cmsUrl')

async function editorToken(): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  return ((await response.json()) as { token: string }).token
}

describe.skipIf(!cmsUrl)('evaluation without cookies', () => {
  it('a participant answers from the run sheet’s link; the editor sees it per session and in the CSV; no cookie anywhere', async () => {
    const planner = await browser.open('/plannen/?tijd=30&thema=zelfstigma&datum=2030-03-04&start=09:30')
    await planner.locator('#planner-time').waitFor()
    const link = planner.locator('.evaluation-address a')
    await link.waitFor()
    const href = (await link.getAttribute('href'))!
    const code = new URL(href).searchParams.get('sessie')!
    // The facilitator is told who reads the answers: the toolkit's editors, not the facilitator.
    expect(await planner.locator('.evaluation-address').textContent()).toContain('De antwoorden gaan naar de redactie van de toolkit, die ze per bijeenkomst bij elkaar ziet. De gespreksleider ziet ze niet.')
    expect(code).toMatch(/^s-[a-z0-9]{6,24}$/)

    const page = await browser.open(href.replace(/^https?:\/\/[^/]+\//, '/'))
    const form = page.locator('[data-evaluation-form]')
    // What the participant is told is what the CMS does: only the editors read the answers, nothing names the sender.
    const lead = (await page.locator('.lead').textContent())!
    expect(lead).toContain('De antwoorden gaan naar de redactie van de toolkit, die ze per bijeenkomst bij elkaar ziet. De gespreksleider ziet ze niet.')
    expect(lead).not.toContain('De gespreksleider ziet alleen')
    expect(await form.locator('[id$="-privacy"]').textContent()).toBe('Anoniem: we bewaren alleen je antwoorden en wanneer je ze verstuurde, geen naam, geen IP-adres en geen cookies. Noem geen namen in je opmerking. Alleen de redactie van de toolkit leest de antwoorden.')
    await form.getByRole('group', { name: 'Hoe nuttig vond je de bijeenkomst?' }).getByLabel('4').check()
    await form.getByRole('group', { name: 'Is duidelijk wat de actiepunten zijn en wie ze oppakt?' }).getByLabel('5 – heel erg').check()
    await form.getByRole('group', { name: 'Hoe goed kun je iets uit de bijeenkomst toepassen in je werk?' }).getByLabel('3').check()
    await form.getByLabel('Wat wil je nog kwijt over de bijeenkomst? (optioneel)').fill('Fijn om het over hoop te hebben.')
    // A person takes a few seconds; the CMS refuses faster forms. (The CMS runs in development mode here and can be busy for a while after start, hence the long waits below.)
    await page.waitForTimeout(3_200)
    await form.getByRole('button', { name: 'Versturen' }).click()
    await expect.poll(() => form.locator('[data-evaluation-status]').textContent(), { timeout: 60_000 }).toBe('Dank je wel! Je evaluatie is opgeslagen.')
    expect(await page.context().cookies()).toEqual([])

    const token = await editorToken()
    const results = (await (await fetch(`${cmsUrl}/api/evaluatie/resultaten`, { headers: { Authorization: `JWT ${token}` } })).json()) as { results: Array<{ target: string; count: number; averages: Record<string, number>; comments: string[] }> }
    expect(results.results.find((result) => result.target === code)).toEqual({
      kind: 'session', target: code, count: 1, averages: { useful: 4, actionsClear: 5, willApply: 3 }, comments: ['Fijn om het over hoop te hebben.'],
      // One answer: the first is the last.
      firstAt: expect.any(String), lastAt: expect.any(String),
    })
    const csv = await (await fetch(`${cmsUrl}/api/evaluatie/resultaten.csv`, { headers: { Authorization: `JWT ${token}` } })).text()
    expect(csv).toContain(`bijeenkomst;${code};4;5;3;Fijn om het over hoop te hebben.`)
  }, 120_000)

  it('"Heb je dit gebruikt?" on a method’s page sends two answers about that method', async () => {
    const page = await browser.open('/werkvormen/de-rol-van-empowerment/')
    const section = page.getByRole('region', { name: 'Heb je dit gebruikt?' })
    // Nothing is shown to other readers, so the invitation names who reads it.
    expect(await section.locator('p').first().textContent()).toBe('Laat de redactie van de toolkit in twee vragen weten hoe het ging.')
    await section.getByRole('group', { name: 'Hoe bruikbaar was het in jouw praktijk of team?' }).getByLabel('5 – heel erg').check()
    await section.getByLabel('Wat wil je de redactie van de toolkit meegeven over het gebruik? (optioneel)').fill('Goed te doen in 25 minuten.')
    // By keyboard, first refused (the CMS's answer to a form sent too fast, given here so the timing cannot vary): the
    // refusal is read out and focus stays on the button (a disabled button once dropped it to the page).
    const focused = () => page.evaluate(() => (document.activeElement?.hasAttribute('data-evaluation-status') ? 'status' : document.activeElement?.textContent?.trim()))
    const endpoint = (await section.locator('[data-evaluation-form]').getAttribute('data-endpoint'))!
    const refusal = 'De evaluatie is te snel verstuurd om door een mens te zijn ingevuld. Neem de tijd en verstuur haar opnieuw.'
    await page.route(endpoint, (route) => route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ message: refusal }) }), { times: 1 })
    await section.getByRole('button', { name: 'Versturen' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => section.locator('[data-evaluation-status]').textContent(), { timeout: 60_000 }).toBe(refusal)
    expect(await focused()).toBe('Versturen')
    await page.waitForTimeout(3_200)
    await page.keyboard.press('Enter')
    await expect.poll(() => section.locator('[data-evaluation-status]').textContent(), { timeout: 60_000 }).toBe('Dank je wel! Je evaluatie is opgeslagen.')
    // Sent: the form closes and focus moves to the thanks.
    expect(await focused()).toBe('status')
    expect(await page.context().cookies()).toEqual([])
    const token = await editorToken()
    const { results } = (await (await fetch(`${cmsUrl}/api/evaluatie/resultaten`, { headers: { Authorization: `JWT ${token}` } })).json()) as { results: Array<{ target: string; comments: string[] }> }
    expect(results.find((result) => result.target === 'werkvormen/de-rol-van-empowerment')?.comments).toContain('Goed te doen in 25 minuten.')
  }, 120_000)

  it('a link without a session says so instead of collecting answers for nobody', async () => {
    const page = await browser.open('/evaluatie/')
    await expect.poll(() => page.locator('[data-evaluation-status]').textContent()).toBe('Deze link hoort bij geen bijeenkomst. Gebruik de link of QR-code op het draaiboek van de gespreksleider.')
    expect(await page.getByRole('button', { name: 'Versturen' }).isDisabled()).toBe(true)
  })
})
