/** Shared helpers of the session planner's browser tests (planner-*.e2e.test.ts). */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { useBrowser } from './helpers.ts'

/** The planner's catalogue file, named by its content's hash (site/src/lib/planner/files.ts, `indexPath`). */
export const CATALOGUE_FILE = /\/plannen\/gegevens\/catalogus-[\w-]+\.json$/

/**
 * One browser for a planner test file, started and stopped with the file;
 * `openPlanner(query)` gives the planner once its island has taken over (the
 * form appears only then).
 */
export function usePlannerBrowser() {
  const browser = useBrowser()
  beforeAll(() => browser.start())
  afterAll(() => browser.stop())
  const openPlanner = async (query = ''): Promise<Page> => {
    const page = await browser.open(`/plannen/${query}`)
    await page.locator('#planner-time').waitFor()
    return page
  }
  return { browser, openPlanner }
}

/** Titles of the meeting's parts, in order. */
export function partTitles(page: Page): Promise<string[]> {
  return page.locator('.plan-part > h4').allTextContents()
}

/** The live region that announces each change. */
export const status = (page: Page) => page.getByRole('status')

/** The theme "Zelfstigma" (the stigma type has the same name). */
export const themeBox = (page: Page) => page.getByRole('group', { name: 'Thema’s (optioneel)' }).getByRole('checkbox', { name: 'Zelfstigma' })

export async function planSelfStigma(page: Page) {
  await page.getByLabel('Beschikbare tijd', { exact: true }).selectOption('90')
  await themeBox(page).check()
  await expect.poll(() => page.url()).toContain('thema=zelfstigma')
}
