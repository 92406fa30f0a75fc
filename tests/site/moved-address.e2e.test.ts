/**
 * A link shared before an editor changed a document's slug keeps working:
 * after the publish, the old address answers 301 to the new one, on the
 * served site of the running product (found walking the product: after a
 * theme's slug changed, /themas/empowerment/ answered 404), and so do a
 * link to its PDF and its oEmbed file. The theme is made for this test and deleted after it, and
 * the case gets its slug back, so the seed content stays as it was.
 */
import { SITE_SEGMENTS } from '@toolkit/schemas'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { adminToken } from '../lib/admin-api.ts'
import { urlOf } from './helpers.ts'

const cmsUrl = () => inject('cmsUrl')
const RUN = Date.now().toString(36)
const before = `e2e-oud-adres-${RUN}`
const after = `e2e-nieuw-adres-${RUN}`
let id: number | undefined
/** The case whose slug the PDF test changes, and its slug before, restored afterwards. */
let movedCase: { id: number; slug: string } | undefined

async function send(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) {
  const response = await fetch(`${cmsUrl()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${await adminToken()}` },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  expect(response.status, await response.clone().text()).toBeLessThan(300)
  return (await response.json()) as { doc: { id: number } }
}
const status = async (path: string) => (await fetch(urlOf(path), { redirect: 'manual' })).status

afterAll(async () => {
  // Cleanup, not the behaviour under test: the case gets its slug back, the theme goes, and the site shows neither address afterwards.
  if (movedCase) {
    await send('PATCH', `/cases/${movedCase.id}`, { slug: movedCase.slug, _status: 'published' })
    const until = Date.now() + 180_000
    while ((await status(`/pdf/cases/${movedCase.slug}.pdf`)) !== 200 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  if (id === undefined) return
  await send('DELETE', `/themes/${id}`)
  const until = Date.now() + 180_000
  while ((await status(`/themas/${after}/`)) !== 404 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 1_000))
}, 200_000)

describe('a document whose slug changed after publishing', () => {
  it('keeps its old address: 301 to the new one, with and without the final slash', { timeout: 420_000 }, async () => {
    id = (await send('POST', '/themes', { slug: before, name: `E2E verhuisd thema ${RUN}`, _status: 'published' })).doc.id
    await expect.poll(() => status(`/themas/${before}/`), { timeout: 180_000, interval: 1_000 }).toBe(200)

    await send('PATCH', `/themes/${id}`, { slug: after, _status: 'published' })
    await expect.poll(() => status(`/themas/${after}/`), { timeout: 180_000, interval: 1_000 }).toBe(200)
    for (const path of [`/themas/${before}/`, `/themas/${before}`]) {
      const response = await fetch(urlOf(path), { redirect: 'manual' })
      expect(response.status, path).toBe(301)
      expect(new URL(response.headers.get('location')!, urlOf('/')).toString()).toBe(urlOf(`/themas/${after}/`))
    }
    // Followed as a browser does, the old link shows the theme.
    expect(await (await fetch(urlOf(`/themas/${before}/`))).text()).toContain(`E2E verhuisd thema ${RUN}`)
  })

  it('keeps the address of its PDF and its oEmbed file: 301 to the ones now', { timeout: 420_000 }, async () => {
    const found = (await (await fetch(`${cmsUrl()}/api/cases?limit=1&depth=0&sort=createdAt&where[_status][equals]=published`)).json()) as {
      docs: Array<{ id: number; slug: string }>
    }
    movedCase = { id: found.docs[0]!.id, slug: found.docs[0]!.slug }
    const oldPdf = `/pdf/cases/${movedCase.slug}.pdf`
    const newSlug = `${movedCase.slug}-${RUN}`
    expect(await status(oldPdf)).toBe(200)

    await send('PATCH', `/cases/${movedCase.id}`, { slug: newSlug, _status: 'published' })
    await expect.poll(() => status(`/pdf/cases/${newSlug}.pdf`), { timeout: 180_000, interval: 1_000 }).toBe(200)
    const response = await fetch(urlOf(oldPdf), { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(new URL(response.headers.get('location')!, urlOf('/')).toString()).toBe(urlOf(`/pdf/cases/${newSlug}.pdf`))
    // Followed as a browser does, the old link downloads the PDF.
    const followed = await fetch(urlOf(oldPdf))
    expect(followed.headers.get('content-type')).toContain('application/pdf')

    // An intranet page that embedded the case by oEmbed keeps its embed: the old oEmbed file leads to the one now.
    const [oldOembed, newOembed] = [`/oembed/${SITE_SEGMENTS.cases}/${movedCase.slug}.json`, `/oembed/${SITE_SEGMENTS.cases}/${newSlug}.json`]
    expect(await status(newOembed)).toBe(200)
    const moved = await fetch(urlOf(oldOembed), { redirect: 'manual' })
    expect(moved.status).toBe(301)
    expect(new URL(moved.headers.get('location')!, urlOf('/')).toString()).toBe(urlOf(newOembed))
    expect(((await (await fetch(urlOf(oldOembed))).json()) as { type: string }).type).toBe('rich')
  })
})
