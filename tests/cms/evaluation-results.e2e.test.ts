/**
 * The editors' evaluation results in the admin (issue 18): answers sent as
 * the site's forms send them show per session and per method, with the
 * number of answers, the averages and the comments, beside the CSV link;
 * a session with the date and time of its first and last answer.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminPage } from '../lib/admin-session.ts'

let browser: Browser
let page: Page
const cmsUrl = inject('cmsUrl')
const siteOrigin = () => new URL(inject('siteUrl')).origin

/** As the site's form sends it: a simple text/plain request from the site's origin, no cookie. */
async function send(body: Record<string, unknown>, ip: string): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/evaluatie`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: siteOrigin(), 'x-forwarded-for': ip },
    body: JSON.stringify({ startedAt: Date.now() - 10_000, ...body }),
  })
  return response.status
}

/** "7 december 2026, 11:12": how the admin writes a moment, in Amsterdam time (the server runs in UTC). */
function dutchClock(iso: string): string {
  const format = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const part = Object.fromEntries(format.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]))
  return `${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute}`
}

beforeAll(async () => {
  ;({ browser, page } = await adminPage())
}, 300_000)
afterAll(() => browser?.close())

describe.skipIf(!cmsUrl)('evaluation results for editors', () => {
  it('shows per session and per method the answers, the averages and the comments, and links the CSV', async () => {
    expect(await send({ kind: 'session', target: 's-admintest1', useful: 4, actionsClear: 2, willApply: 5, comment: 'Meer tijd voor de film graag.' }, '192.0.2.31')).toBe(201)
    expect(await send({ kind: 'session', target: 's-admintest1', useful: 5, actionsClear: 4, willApply: 4 }, '192.0.2.32')).toBe(201)
    expect(await send({ kind: 'method', target: 'interventies/wrap', useful: 3, comment: 'Past goed bij herstelwerk.' }, '192.0.2.33')).toBe(201)

    await page.goto(`${cmsUrl}/admin`)
    // The navigation is a drawer (closed, hence inert, at this window width): check the link, then follow it.
    const link = page.locator('#nav-evaluaties').first()
    await link.waitFor({ state: 'attached', timeout: 60_000 })
    expect(await link.textContent()).toBe('Resultaten evaluaties')
    expect(await link.getAttribute('href')).toBe('/admin/evaluaties')
    await page.goto(`${cmsUrl}/admin/evaluaties`, { timeout: 120_000 })
    await page.getByRole('heading', { name: 'Resultaten evaluaties', level: 1 }).waitFor({ timeout: 120_000 })
    // The header's breadcrumb names the view, as it names a collection.
    await expect.poll(() => page.locator('.step-nav').first().textContent(), { timeout: 30_000 }).toContain('Resultaten evaluaties')
    const session = page.locator('table[data-evaluations="session"] tr[data-target="s-admintest1"]')
    // The session's code alone says nothing about when it was: its first and last answer, on the Dutch clock.
    const stored = await page.evaluate(async () => (await (await fetch('/api/evaluations?where[target][equals]=s-admintest1&sort=createdAt&depth=0')).json()).docs.map((doc: { createdAt: string }) => doc.createdAt))
    expect(stored).toHaveLength(2)
    expect((await session.locator('td').allTextContents()).map((text) => text.trim())).toEqual([dutchClock(stored[0]), dutchClock(stored[1]), '2', '4,5', '3,0', '4,5', 'Meer tijd voor de film graag.'])
    const method = page.locator('table[data-evaluations="method"] tr[data-target="interventies/wrap"]')
    expect((await method.locator('td').allTextContents()).map((text) => text.trim())).toEqual(['1', '3,0', 'Past goed bij herstelwerk.'])
    // The method by its title, linked to it in the admin, not by its site path.
    const name = method.locator('th a')
    expect((await name.textContent())!.trim()).toBe('Wellness Recovery Action Plan')
    expect(await name.getAttribute('href')).toMatch(/^\/admin\/collections\/interventions\/[\w-]+$/)
    const csvHref = await page.getByRole('link', { name: 'Alle antwoorden als CSV' }).getAttribute('href')
    const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), csvHref)
    expect(csv).toContain('methode;interventies/wrap;3;;;Past goed bij herstelwerk.')
  }, 300_000)
})
