/**
 * REST calls with the browser page's own admin session, to check what the
 * admin's forms wrote. Payload takes the session cookie only from a request
 * that names an allowed Origin (CSRF), so the page's origin is sent along.
 */
import type { Page } from 'playwright-core'
import { inject } from 'vitest'

/**
 * A GET is sent again once when the connection it went out on was closed under it (ECONNRESET): the server drops an
 * idle kept-alive connection after a few seconds, and a request on it in that instant is reset, as a browser retries
 * such an idempotent request on its own (seen once in CI, after 6 s of page work between two calls).
 */
async function getRetryingReset(page: Page, url: string, origin: string) {
  try {
    return await page.request.get(url, { headers: { origin } })
  } catch (error) {
    if (!/ECONNRESET/.test(String(error))) throw error
    return page.request.get(url, { headers: { origin } })
  }
}

export async function sessionGet<T = unknown>(page: Page, url: string): Promise<T> {
  const origin = new URL(url).origin
  const response = await getRetryingReset(page, url, origin)
  if (!response.ok()) throw new Error(`GET ${url}: ${response.status()} ${await response.text()}`)
  return (await response.json()) as T
}

/** A write (POST, PATCH, DELETE) with the page's admin session; `data` goes as JSON. */
export async function sessionSend<T = unknown>(page: Page, method: 'POST' | 'PATCH' | 'DELETE', url: string, data?: unknown): Promise<T> {
  const origin = new URL(url).origin
  const response = await page.request.fetch(url, { method, headers: { origin }, data })
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`)
  return (await response.json()) as T
}

/** A token for the shared product's admin (ADMIN_EMAIL/ADMIN_PASSWORD of the global setup), for REST calls outside the browser. */
export async function adminToken(): Promise<string> {
  const response = await fetch(`${inject('cmsUrl')}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  if (response.status !== 200) throw new Error(`Inloggen als beheerder mislukte: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}
