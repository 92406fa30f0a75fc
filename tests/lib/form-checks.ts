/**
 * The checks Payload's admin form asks the server for (its `form-state`
 * server function, a POST with a `next-action` header), 0.25 s after each
 * change. A list row added while such a check is on its way stays a grey
 * placeholder: Payload merges that check's answer, which knows no such row,
 * and counts the form as checked (`prevStateRef` in its fieldReducer's
 * MERGE_SERVER_STATE, Payload 3.90), so the row's fields are asked for only
 * after the next change. An editor sees them appear once they type anything;
 * a test adds rows on a settled form, as a person who reads before clicking does.
 */
import type { Page, Request } from 'playwright-core'

const QUIET_MS = 700

export type FormChecks = {
  /** Resolves once no check is on its way and none started for 0.7 s (the form's own debounce is 0.25 s). */
  settled(timeoutMs?: number): Promise<void>
}

const trackers = new WeakMap<Page, FormChecks>()

/** The form checks of this page, watched from the first call on (call it before the form is used). */
export function formChecks(page: Page): FormChecks {
  const known = trackers.get(page)
  if (known) return known
  let onTheirWay = 0
  let lastActivity = Date.now()
  const isCheck = (request: Request) =>
    request.method() === 'POST' && Boolean(request.headers()['next-action']) && (request.postData() ?? '').includes('"form-state"')
  page.on('request', (request) => {
    if (!isCheck(request)) return
    onTheirWay += 1
    lastActivity = Date.now()
  })
  const done = (request: Request) => {
    if (!isCheck(request)) return
    onTheirWay = Math.max(0, onTheirWay - 1)
    lastActivity = Date.now()
  }
  page.on('requestfinished', done)
  page.on('requestfailed', done)
  const tracker: FormChecks = {
    async settled(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs
      while (onTheirWay > 0 || Date.now() - lastActivity < QUIET_MS) {
        if (Date.now() > until) throw new Error(`Het formulier bleef ${timeoutMs / 1000} s lang controles naar de server sturen`)
        await page.waitForTimeout(100)
      }
    },
  }
  trackers.set(page, tracker)
  return tracker
}
