/**
 * HEAD on the REST API answers as GET does, without a body
 * (requests/headAsGet.ts): link checkers and intranets probing a list or an
 * attachment link get the GET's status and headers, also before any GET was
 * cached, and learn nothing a GET would refuse (drafts, users, unpublished
 * files).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { invalidatePublicReads } from '../src/requests/publicReadCache.ts'
import { restRoutes } from '../src/requests/restRoutes.ts'
import { pdf, uploadForm } from './helpers/attachmentFiles.ts'
import { addEditor, startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-head-'))

let cms: TestCms
let editor: string
let fixtures: Awaited<ReturnType<typeof makeFixtures>>

/** Headers that belong to one transfer or one moment, not to the answer. */
const PER_RESPONSE = new Set(['date', 'age'])
const headersOf = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => !PER_RESPONSE.has(name)))

/** HEAD first (nothing cached yet), then GET: same status and headers, and the HEAD has no body. */
async function expectHeadLikeGet(route: string, token?: string): Promise<Response> {
  invalidatePublicReads()
  const head = await cms.rest('HEAD', route, { token })
  const get = await cms.rest('GET', route, { token })
  expect(head.status, route).toBe(get.status)
  expect(headersOf(head), route).toEqual(headersOf(get))
  expect(await head.text(), route).toBe('')
  return get
}

async function attachment(name: string) {
  const response = await cms.rest('POST', '/attachments', { token: editor, form: uploadForm({ bytes: pdf(), name, type: 'application/pdf' }, { title: `Bijlage ${name}`, kind: 'slides' }) })
  return ((await response.json()) as { doc: { id: number | string; filename: string } }).doc
}

beforeAll(async () => {
  cms = await startTestCms('head-requests', { MEDIA_DIR: mediaDir })
  editor = await addEditor(cms)
  fixtures = await makeFixtures(cms.payload)
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(mediaDir, { recursive: true, force: true })
})
beforeEach(() => invalidatePublicReads())

describe('HEAD on the REST API', () => {
  it('answers a list page that nobody read before with 200 and the GET’s headers', async () => {
    const route = '/themes?limit=1&page=1&depth=0'
    const get = await expectHeadLikeGet(route)
    expect(get.status).toBe(200)
    expect(get.headers.get('content-type')).toMatch(/^application\/json/)
    expect(get.headers.get('cache-control')).toMatch(/^public/)
  })

  it('takes the request as Next.js hands it to a route handler: a Proxy around it', async () => {
    const { HEAD } = restRoutes(cms.config)
    const request = new Request('http://localhost:3000/api/themes?depth=0', { method: 'HEAD' })
    // Like Next's app-route module, which wraps the request to see what a handler reads (methods bound to the request).
    const proxied = new Proxy(request, {
      get: (target, name) => {
        const value = Reflect.get(target, name, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
    const response = await HEAD(proxied, { params: Promise.resolve({ slug: ['themes'] }) })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('refuses what GET refuses: users, a draft, a malformed query', async () => {
    const draft = await cms.payload.create({ collection: 'themes', data: { slug: 'concept', name: 'Concept', _status: 'draft' }, draft: true, overrideAccess: true })
    expect((await expectHeadLikeGet('/users')).status).toBe(403)
    expect((await expectHeadLikeGet(`/themes/${draft.id}`)).status).toBe(404)
    expect((await expectHeadLikeGet(`/themes/${draft.id}?draft=true`)).status).toBe(404)
    expect((await expectHeadLikeGet('/themes?where=abc')).status).toBe(400)
    // With an editor's credentials HEAD sees what that editor's GET sees.
    expect((await expectHeadLikeGet(`/themes/${draft.id}?draft=true`, editor)).status).toBe(200)
  })

  it('answers an attachment link as GET does: 200 while published, 403 for a draft’s file, 404 for a missing one (to an editor)', async () => {
    const file = await attachment('head-vragen.pdf')
    const activity = await cms.payload.create({
      collection: 'activities',
      data: { ...validDocument('activities', 'head-werkvorm', { theme: fixtures.theme.id, production: fixtures.production.id }), attachments: [file.id] },
      draft: true,
      overrideAccess: true,
    })
    expect((await expectHeadLikeGet(`/attachments/file/${file.filename}`)).status).toBe(403)
    await cms.payload.update({ collection: 'activities', id: activity.id, data: { _status: 'published' }, overrideAccess: true })
    const served = await expectHeadLikeGet(`/attachments/file/${file.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect((await expectHeadLikeGet('/attachments/file/bestaat-niet.pdf')).status).toBe(403)
    expect((await expectHeadLikeGet('/attachments/file/bestaat-niet.pdf', editor)).status).toBe(404)
  })
})
