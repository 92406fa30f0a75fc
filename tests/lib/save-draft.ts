/**
 * Saves the open edit view's draft and waits until it is stored. Drafts
 * autosave (for the live preview beside the form, cms/src/admin/livePreview.ts),
 * so "Bewaar concept" is only enabled until the autosave has run: it is
 * clicked when it still can be, and either way the test waits for the
 * stored draft itself, read back from inside the admin page (its session
 * counts only on the admin's own requests).
 */
import type { Page } from 'playwright-core'

export async function saveDraft(page: Page, { collection, id, field, value }: { collection: string; id: number | string; field: string; value: unknown }) {
  const button = page.getByRole('button', { name: 'Bewaar concept' })
  if (await button.isEnabled().catch(() => false)) await button.click({ timeout: 5_000 }).catch(() => {})
  const deadline = Date.now() + 60_000
  let stored: unknown
  while (Date.now() < deadline) {
    stored = await page.evaluate(async (path) => {
      const response = await fetch(path, { credentials: 'include' })
      return response.ok ? ((await response.json()) as Record<string, unknown>) : undefined
    }, `/api/${collection}/${id}?draft=true&depth=0`).then((doc) => doc?.[field]).catch(() => undefined)
    if (JSON.stringify(stored) === JSON.stringify(value)) return
    await page.waitForTimeout(500)
  }
  throw new Error(`Concept niet bewaard: ${collection}/${id} ${field} is ${JSON.stringify(stored)}, verwacht ${JSON.stringify(value)}`)
}
