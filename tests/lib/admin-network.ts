/**
 * Fails a test on any 4xx/5xx that the CMS answers to a request the admin
 * page itself sends: same-origin `/api/…` and `/admin…` requests, seen on
 * the page's network (requests a test makes with fetch are not included).
 * A test that provokes an error on purpose names it with `expectFailure`,
 * and then that answer must actually happen.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page, Request, Response } from 'playwright-core'
import { onTestFailed } from 'vitest'

export type FailedAnswer = { method: string; url: string; status: number; body: string }
type Expected = { method: string; path: RegExp; status: number; seen: boolean }

export class AdminNetwork {
  readonly failures: FailedAnswer[] = []
  private expected: Expected[] = []
  private pending: Promise<void>[] = []

  constructor(page: Page, origin: string) {
    page.on('response', (response) => this.pending.push(this.check(response, origin)))
  }

  private async check(response: Response, origin: string): Promise<void> {
    const status = response.status()
    if (status < 400) return
    const url = new URL(response.url())
    if (url.origin !== origin || !/^\/(api\/|admin)/.test(url.pathname)) return
    const method = response.request().method()
    const expected = this.expected.find((entry) => entry.method === method && entry.status === status && entry.path.test(url.pathname))
    if (expected) {
      expected.seen = true
      return
    }
    const body = await response.text().catch(() => '')
    this.failures.push({ method, url: url.pathname + url.search, status, body: body.slice(0, 500) })
  }

  /** Answers with this status to this method and path are the point of the test, not a failure; at least one must come. */
  expectFailure(method: string, path: RegExp, status: number): void {
    this.expected.push({ method, path, status, seen: false })
  }

  /** Throws when the admin got an unexpected error answer, or an expected one never came. */
  async assertClean(): Promise<void> {
    await Promise.all(this.pending)
    this.pending = []
    const failures = this.failures.splice(0)
    const missing = this.expected.filter((entry) => !entry.seen)
    this.expected = []
    if (failures.length) {
      throw new Error(`De admin kreeg een foutantwoord:\n${failures.map((f) => `${f.status} ${f.method} ${f.url}\n  ${f.body}`).join('\n')}`)
    }
    if (missing.length) throw new Error(`Verwacht foutantwoord bleef uit: ${missing.map((m) => `${m.status} ${m.method} ${m.path}`).join(', ')}`)
  }
}

/** Call inside a test (or beforeEach): on failure, a screenshot of the page is kept and its path printed. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    const path = join(tmpdir(), `admin-${name.replace(/\W+/g, '-').slice(0, 60)}-${Date.now()}.png`)
    await page.screenshot({ path, fullPage: true }).catch(() => {})
    console.log(`Schermafdruk bij de fout: ${path}`)
  })
}

/** Payload's form-state check: the admin form's POST to its page with a `next-action` header, naming `form-state`. */
export function isFormStateCheck(request: Request): boolean {
  return request.method() === 'POST' && Boolean(request.headers()['next-action']) && (request.postData() ?? '').includes('"form-state"')
}
