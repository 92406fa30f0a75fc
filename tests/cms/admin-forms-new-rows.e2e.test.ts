/**
 * A list row an editor adds gets its fields, also when it is added while
 * the form is being checked on the server: Payload's form merged that
 * check's answer, which knows no such row, counted the form as checked and
 * left the row a grey placeholder until the next keystroke elsewhere
 * (cms/src/admin/settleNewRows.ts). The test makes that order happen every
 * time: it holds the form's check until the row is added, then lets the
 * answer through at once.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useAdminPage } from '../lib/admin-hooks.ts'
import { isFormStateCheck } from '../lib/admin-network.ts'

let page: Page
useAdminPage((admin) => ({ page } = admin))
const cmsUrl = () => inject('cmsUrl')


describe('new list rows in the admin', () => {
  it('gives a goal added while the form is being checked its text field, without another keystroke', async () => {
    // The page's timers on a clock of the test's own, paused once the form is there: the form's wait of 0.25 s before
    // it asks again is then exactly as long as the test lets it be, however slow the machine is.
    await page.clock.install()
    await page.goto(`${cmsUrl()}/admin/collections/activities/create`, { timeout: 120_000 })
    await page.locator('form[data-form-ready="true"]').first().waitFor({ timeout: 120_000 })
    await page.waitForLoadState('networkidle')
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 5_000))
    let checks = 0
    let checkSent!: () => void
    const sent = new Promise<void>((resolve) => (checkSent = resolve))
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    let answered!: () => void
    const answer = new Promise<void>((resolve) => (answered = resolve))
    await page.route('**/admin/**', async (route) => {
      if (!isFormStateCheck(route.request())) return route.fallback()
      checks += 1
      if (checks > 1) return route.fallback()
      checkSent()
      const response = await route.fetch()
      await released
      await route.fulfill({ response })
      answered()
    })
    try {
      // The editor types a title; 0.25 s later the form sends its check, held here.
      await page.locator('#field-title').fill('Werkvorm met een nieuw leerdoel (e2e)')
      await page.clock.runFor(300)
      await sent
      // The editor adds a goal while that check is on its way; its answer arrives before the form would ask again.
      await page.locator('#field-goals').getByRole('button', { name: 'Punt toevoegen' }).click()
      release()
      await answer
      const goal = page.locator('#field-goals textarea').first()
      // Time for the page to merge that answer (no timer involved: the page's clock stands still meanwhile).
      await page.waitForTimeout(3_000)
      // Past the form's own 0.25 s: it did not ask again, and the row is still a placeholder: the race happened. (Had the
      // answer been merged after the 0.25 s, the form would have asked by itself and this test would say so here.)
      await page.clock.runFor(1_000)
      await page.waitForTimeout(1_000)
      expect(checks, 'the form asked again by itself').toBe(1)
      expect(await goal.count()).toBe(0)
      // Then the time the product gives the form (settleNewRows.ts): the row gets its field without another keystroke.
      await page.clock.runFor(1_000)
      await page.clock.resume()
      await goal.waitFor({ timeout: 20_000 })
      expect(checks).toBe(2)
      await goal.fill('Weten wat stigma in de zorg doet (e2e).')
    } finally {
      await page.unroute('**/admin/**')
    }
  }, 180_000)
})
