/**
 * Publish → live without polling (issue 11, item 1) and scheduled publishing
 * (issue 10, item 4): what reaches or leaves the public site queues one site
 * update in the jobs queue; running it calls the build hook; a scheduled
 * publication goes live at its time and updates the site the same way.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalReq, type Where } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { describeSiteUpdate } from '../src/admin/siteUpdateText.ts'
import { siteUpdateStatus } from '../src/publishing/status.ts'
import { UPDATE_SITE_TASK } from '../src/publishing/updateSiteTask.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let hook: http.Server
let hookStatus = 200
const calls: { contentVersion: string; reason: string }[] = []

const waitingWhere: Where = { and: [{ taskSlug: { equals: UPDATE_SITE_TASK } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }

async function waitingUpdates(): Promise<number> {
  const { totalDocs } = await cms.payload.count({ collection: 'payload-jobs', where: waitingWhere, overrideAccess: true })
  return totalDocs
}

/** The reasons of the updates that wait, as the dashboard shows them. */
async function waitingReasons(): Promise<string[]> {
  const { docs } = await cms.payload.find({ collection: 'payload-jobs', where: waitingWhere, depth: 0, overrideAccess: true })
  return docs.map((job) => (job.input as { reason: string }).reason)
}

/** What the admin sends when it autosaves a published document: a draft, not a publish (?draft=true&autosave=true). */
async function autosave(id: string | number, data: Record<string, unknown>) {
  return cms.payload.update({ collection: 'themes', id, data, draft: true, autosave: true, overrideAccess: true })
}

/** Runs the queue until nothing that is due is left (what autoRun does every few seconds). */
async function runQueue(): Promise<void> {
  for (let i = 0; i < 6; i += 1) await cms.payload.jobs.run({ limit: 20 })
}

async function createTheme(slug: string, status: 'draft' | 'published') {
  return cms.payload.create({ collection: 'themes', data: { name: slug, slug, description: 'Test.', _status: status }, draft: status === 'draft', overrideAccess: true })
}

beforeAll(async () => {
  hook = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      if (hookStatus === 200) calls.push(JSON.parse(body))
      res.writeHead(hookStatus).end()
    })
  })
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
  cms = await startTestCms('publishing', {
    SITE_BUILD_HOOK_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/build`,
    SITE_UPDATE_DEBOUNCE_MS: '0',
  })
})
afterAll(async () => {
  await cms?.close()
  hook?.close()
})
beforeEach(async () => {
  await runQueue()
  calls.length = 0
  hookStatus = 200
})

describe('what reaches the public site queues one site update', () => {
  it('saving a draft queues nothing', async () => {
    await createTheme('alleen-concept', 'draft')
    expect(await waitingUpdates()).toBe(0)
  })

  it('publishing queues one update, and edits in quick succession share it', async () => {
    await createTheme('gepubliceerd-1', 'published')
    await createTheme('gepubliceerd-2', 'published')
    await createTheme('gepubliceerd-3', 'published')
    expect(await waitingUpdates()).toBe(1)
  })

  it('an autosave over a published document queues nothing: the public site does not change', async () => {
    const doc = await createTheme('autosave-over-gepubliceerd', 'published')
    await runQueue()
    await autosave(doc.id, { description: 'Eerste autosave.' })
    await autosave(doc.id, { description: 'Tweede autosave.' })
    expect(await waitingUpdates()).toBe(0)
    const stored = await cms.payload.findByID({ collection: 'themes', id: doc.id, overrideAccess: true })
    expect(stored._status).toBe('published')
  })

  it('publishing after an autosave names the publication, with the title and the collection name', async () => {
    const doc = await createTheme('eerst-autosave', 'published')
    await runQueue()
    await autosave(doc.id, { description: 'Gewijzigde samenvatting.' })
    await cms.payload.update({ collection: 'themes', id: doc.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await waitingReasons()).toEqual(['Thema “eerst-autosave” gepubliceerd'])
  })

  it('publishing the published version again ("Terugdraaien naar gepubliceerde versie") queues nothing; a real change does', async () => {
    const doc = await createTheme('terugdraaien', 'published')
    await runQueue()
    await autosave(doc.id, { description: 'Een concept dat wordt weggegooid.' })
    // What the admin's revert sends: the published document, fetched without ?draft and sent back whole.
    const published = await cms.payload.findByID({ collection: 'themes', id: doc.id, depth: 0, overrideAccess: true })
    const reverted = await cms.payload.update({ collection: 'themes', id: doc.id, data: published, depth: 0, overrideAccess: true })
    expect(reverted.description).toBe('Test.')
    expect(await waitingUpdates()).toBe(0)
    await cms.payload.update({ collection: 'themes', id: doc.id, data: { description: 'Echt gewijzigd.', _status: 'published' }, overrideAccess: true })
    expect(await waitingReasons()).toEqual(['Thema “terugdraaien” gepubliceerd'])
  })

  it('a bulk edit of several published documents queues one update', async () => {
    const first = await createTheme('bulk-een', 'published')
    const second = await createTheme('bulk-twee', 'published')
    await runQueue()
    // What the list's "Publicatie ongedaan maken" for two selected rows sends: one update of both.
    await cms.payload.update({ collection: 'themes', where: { id: { in: [first.id, second.id] } }, data: { _status: 'draft' }, overrideAccess: true })
    expect(await waitingUpdates()).toBe(1)
  })

  it('a waiting update takes the newest change as its reason', async () => {
    await createTheme('eerste-van-twee', 'published')
    const second = await createTheme('tweede-van-twee', 'published')
    expect(await waitingReasons()).toEqual(['Thema “tweede-van-twee” gepubliceerd'])
    await cms.payload.update({ collection: 'themes', id: second.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await waitingReasons()).toEqual(['Thema “tweede-van-twee” niet meer gepubliceerd'])
  })

  it('unpublishing and deleting a published document queue an update too', async () => {
    const doc = await createTheme('teruggetrokken', 'published')
    await runQueue()
    await cms.payload.update({ collection: 'themes', id: doc.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await waitingUpdates()).toBe(1)
    await runQueue()
    const other = await createTheme('verwijderd', 'published')
    await runQueue()
    await cms.payload.delete({ collection: 'themes', id: other.id, overrideAccess: true })
    expect(await waitingUpdates()).toBe(1)
  })
})

describe('unpublishing what has a newer draft', () => {
  it('queues an update: the site shows the published version until then, not the draft', async () => {
    const doc = await createTheme('teruggetrokken-met-concept', 'published')
    await runQueue()
    // The editor changed it after publishing (an autosave keeps the change as a newer draft), then unpublishes.
    await autosave(doc.id, { description: 'Nog niet gepubliceerde wijziging.' })
    expect(await waitingUpdates()).toBe(0)
    await cms.payload.update({ collection: 'themes', id: doc.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await waitingReasons()).toEqual(['Thema “teruggetrokken-met-concept” niet meer gepubliceerd'])
    expect((await cms.payload.db.findOne<{ id: number | string; _status?: string }>({ collection: 'themes', where: { id: { equals: doc.id } } }))?._status).toBe('draft')
  })
})

describe('running the update', () => {
  it('calls the build hook with the new content version, and skips when nothing changed', async () => {
    await createTheme('naar-de-hook', 'published')
    await runQueue()
    expect(calls).toHaveLength(1)
    expect(calls[0]!.reason).toBe('Thema “naar-de-hook” gepubliceerd')
    expect(calls[0]!.contentVersion).toMatch(/^[0-9a-f]{16}$/)
    expect((await siteUpdateStatus(cms.payload)).state).toBe('done')

    // A draft of a published document changes nothing public: no second build.
    const { docs } = await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'naar-de-hook' } }, overrideAccess: true })
    await cms.payload.update({ collection: 'themes', id: docs[0]!.id, data: { description: 'Alleen concept.' }, draft: true, overrideAccess: true })
    await runQueue()
    expect(calls).toHaveLength(1)
  })

  it('shows a failing hook as a failed update with its reason', async () => {
    hookStatus = 502
    await createTheme('hook-faalt', 'published')
    await runQueue()
    const status = await siteUpdateStatus(cms.payload)
    expect(status.state).toBe('failed')
    expect(status.error).toContain('502')

    // Publishing the same again is how an editor retries: after a failed update it queues one, though nothing changed.
    hookStatus = 200
    const { docs } = await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'hook-faalt' } }, depth: 0, overrideAccess: true })
    await cms.payload.update({ collection: 'themes', id: docs[0]!.id, data: docs[0]!, depth: 0, overrideAccess: true })
    expect(await waitingReasons()).toEqual(['Thema “hook-faalt” gepubliceerd'])
  })
})

describe('what the dashboard says', () => {
  const i18n = async () => (await createLocalReq({}, cms.payload)).i18n

  it('shows times in Amsterdam time, 24-hour, with Dutch decimals, whatever the zone of the server', async () => {
    const text = describeSiteUpdate(
      { mode: 'local', state: 'done', at: '2026-12-06T15:51:00.000Z', seconds: 9.8, reason: 'Werkvorm “Taal die stigmatiseert herkennen” gepubliceerd' },
      await i18n(),
      new Date(),
    )
    expect(text).toBe('Site bijgewerkt op 6 december 2026, 16:51 in 9,8 s (Werkvorm “Taal die stigmatiseert herkennen” gepubliceerd).')
    // Summer time: two hours ahead of UTC.
    expect(describeSiteUpdate({ mode: 'hook', state: 'unchanged', at: '2026-07-01T22:30:00.000Z' }, await i18n(), new Date())).toContain('2 juli 2026, 00:30')
  })

  it('before the first update says the site was built at the start, not that nothing happened', async () => {
    const text = describeSiteUpdate({ mode: 'local', state: 'none' }, await i18n(), new Date('2026-12-06T03:40:00.000Z'))
    expect(text).toBe('De site is bij de start gebouwd (CMS gestart op 6 december 2026, 04:40); sindsdien is er niets gepubliceerd.')
  })
})

describe('scheduled publishing', () => {
  it('publishes at the scheduled time and then updates the site', async () => {
    const doc = await createTheme('gepland', 'draft')
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'themes', value: String(doc.id) } },
      waitUntil: new Date(Date.now() + 1_500),
    })
    await runQueue()
    const before = await cms.payload.findByID({ collection: 'themes', id: doc.id, overrideAccess: true })
    expect(before._status).toBe('draft')
    expect(calls).toHaveLength(0)

    await new Promise((resolve) => setTimeout(resolve, 1_700))
    await runQueue()
    const after = await cms.payload.findByID({ collection: 'themes', id: doc.id, overrideAccess: true })
    expect(after._status).toBe('published')
    expect(calls.map((call) => call.reason)).toEqual(['Thema “gepland” gepubliceerd'])
  })
})

describe('the queue is not public', () => {
  it('anonymous visitors can neither read jobs nor run the queue', async () => {
    const read = await cms.rest('GET', '/payload-jobs')
    expect(read.status).toBe(403)
    const run = await cms.rest('GET', '/payload-jobs/run')
    expect(run.status).toBeGreaterThanOrEqual(400)
    expect(run.status).toBeLessThan(500)
  })
})
