/**
 * The vitest hooks the admin's browser test files share (tests/cms/admin-*):
 * before all, a browser page in the admin, watched by AdminNetwork; a
 * screenshot when a test fails; after each test, a failure for any error
 * answer to a request the page sent (lib/admin-network.ts); after all, the
 * browser closed and whatever the file started stopped.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest'
import { AdminNetwork, screenshotOnFailure } from './admin-network.ts'
import { adminPage } from './admin-session.ts'
import { ADMIN_VIEWPORT, launchBrowser } from './browser.ts'
import { startEmptyCms, type RunningCms } from './start-cms.ts'

/** What a test file gets once the page is open (`browser` for more contexts, such as a colleague's). */
export type AdminPage = { browser: Browser; page: Page; network: AdminNetwork }

/** How a file's page is opened (`open`), and what is stopped after its browser (`close`). */
export type AdminOpener = {
  open(): Promise<{ browser: Browser; page: Page; cmsUrl: string }>
  close?(): Promise<void>
}

/** The shared e2e product, logged in as its admin (lib/admin-session.ts). */
export const seededAdmin: AdminOpener = {
  open: async () => ({ ...(await adminPage()), cmsUrl: inject('cmsUrl') }),
}

/**
 * A CMS of the file's own with an empty users table (as on a fresh clone
 * without ADMIN_EMAIL), nobody logged in; `started` gets the CMS as soon as
 * it runs, so the tests can read its address and log.
 */
export function emptyCms(started: (cms: RunningCms) => void): AdminOpener {
  let cms: RunningCms | undefined
  return {
    async open() {
      cms = await startEmptyCms()
      started(cms)
      const browser = await launchBrowser()
      return { browser, page: await browser.newPage({ viewport: ADMIN_VIEWPORT }), cmsUrl: cms.cmsUrl }
    },
    close: async () => {
      await cms?.stop()
    },
  }
}

/** Registers the hooks; `ready` receives the page and its network watch before the first test. */
export function useAdminPage(ready: (admin: AdminPage) => void, opener: AdminOpener = seededAdmin): void {
  let admin: AdminPage | undefined
  beforeAll(async () => {
    const { browser, page, cmsUrl } = await opener.open()
    admin = { browser, page, network: new AdminNetwork(page, cmsUrl) }
    ready(admin)
  }, 420_000)
  // Registered before a file's own hooks, so a file's cleanup with the page runs before the browser closes.
  afterAll(async () => {
    await admin?.browser.close()
    await opener.close?.()
  })
  beforeEach((context) => screenshotOnFailure(admin!.page, context.task.name))
  afterEach(() => admin!.network.assertClean())
}
