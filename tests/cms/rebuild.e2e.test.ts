/**
 * Publishing in the CMS rebuilds the site that `npm start` serves within a
 * minute; a saved draft never reaches the site.
 */
import { describe, expect, inject, it } from 'vitest'
import { adminToken } from '../lib/admin-api.ts'

const cmsUrl = () => inject('cmsUrl')
const casePage = () => new URL('casussen/jenny/', inject('siteUrl')).toString()


async function updateCase(token: string, summary: string, draft: boolean) {
  const { docs } = (await (await fetch(`${cmsUrl()}/api/cases?where[slug][equals]=jenny`)).json()) as { docs: { id: number }[] }
  const response = await fetch(`${cmsUrl()}/api/cases/${docs[0]!.id}${draft ? '?draft=true' : ''}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ summary, _status: draft ? 'draft' : 'published' }),
  })
  expect(response.status).toBe(200)
}

const pageText = async () => (await fetch(casePage())).text()

describe('publish → site', () => {
  it('rebuilds the served site within a minute of publishing, and never shows drafts', async () => {
    const token = await adminToken()
    const marker = `Gepubliceerd door de e2e-test om ${Date.now()}.`
    await updateCase(token, `Concept ${marker}`, true)
    await updateCase(token, marker, false)
    const published = Date.now()
    await expect.poll(pageText, { timeout: 60_000, interval: 1_000 }).toContain(marker)
    console.log(`Site na publiceren bijgewerkt in ${((Date.now() - published) / 1000).toFixed(1)} s`)
    expect(await pageText()).not.toContain(`Concept ${marker}`)
  }, 90_000)
})
