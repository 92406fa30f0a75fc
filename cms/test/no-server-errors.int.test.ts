/**
 * Issue 21, rows 7, 8 and 9: bad input is a 4xx in Dutch that names what is
 * wrong, never a 500 or a silent cut, and a GET runs no jobs.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { jobsRunAccess } from '../src/security/jobsRunAccess.ts'
import { cmsSettings } from '../src/config/settings.ts'
import { refuseUnknownMethod } from '../src/security/methods.mjs'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const JOBS_RUN_SECRET = 'planner-geheim-0123456789abcdef'
let cms: TestCms
let editor: string

// The smallest valid PNG: one transparent pixel.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

beforeAll(async () => {
  cms = await startTestCms('no-server-errors', { JOBS_RUN_SECRET })
  await cms.payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'Geheim-wachtwoord-redactie-21', roles: ['editor'] }, overrideAccess: true })
  editor = await cms.login('redactie@example.org', 'Geheim-wachtwoord-redactie-21')
})
afterAll(() => cms?.close())

describe('row 7: 5xx on bad input', () => {
  it('GET /api/guidance?where=abc is a 400 that names where', async () => {
    const response = await cms.rest('GET', '/guidance?where=abc')
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/where moet een JSON-object zijn/)
    // The JSON and bracket forms still work.
    expect((await cms.rest('GET', `/guidance?where=${encodeURIComponent('{"slug":{"equals":"x"}}')}`)).status).toBe(200)
    expect((await cms.rest('GET', '/guidance?where[slug][equals]=x')).status).toBe(200)
  })

  it('TRACE is a 405 with the allowed methods, answered before Next.js', async () => {
    const server = http.createServer((req, res) => {
      if (refuseUnknownMethod(req, res)) return
      res.end('doorgelaten')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const answer = await new Promise<{ status: number; allow: string; body: string }>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, method: 'TRACE', path: '/api/guidance' }, (res) => {
          let body = ''
          res.on('data', (chunk) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode!, allow: String(res.headers.allow), body }))
        })
        request.on('error', reject)
        request.end()
      })
      expect(answer.status).toBe(405)
      expect(answer.allow).toContain('GET')
      expect(answer.body).toMatch(/De methode TRACE wordt niet ondersteund/)
      expect(await (await fetch(`http://127.0.0.1:${port}/api/guidance`)).text()).toBe('doorgelaten')
    } finally {
      server.close()
    }
  })

  it('a missing file under /api/media/file/ is a 404 in Dutch; an existing one is served', async () => {
    const missing = await cms.rest('GET', '/media/file/bestaat-niet.png')
    expect(missing.status).toBe(404)
    expect((await missing.json()).errors[0].message).toBe('Bestand "bestaat-niet.png" bestaat niet.')
    const media = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Een pixel' },
      file: { data: PIXEL, mimetype: 'image/png', name: `pixel-${Date.now()}.png`, size: PIXEL.length },
      overrideAccess: true,
    })
    const found = await cms.rest('GET', `/media/file/${media.filename}`)
    expect(found.status).toBe(200)
    expect(found.headers.get('content-type')).toBe('image/png')
    await cms.payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
  })
})

describe('row 8: a NUL byte in text', () => {
  it('is a 400 that names the field, and nothing is stored', async () => {
    const response = await cms.rest('POST', '/themes', { token: editor, body: { slug: 'nul-teken', name: 'nul\u0000byte', _status: 'published' } })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/"path":"name".*NUL-teken/)
    expect((await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'nul-teken' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('is found inside lists and groups too', async () => {
    const response = await cms.rest('POST', '/themes', { token: editor, body: { slug: 'nul-lijst', name: 'Goed', synonyms: [{ text: 'ok' }, { text: 'fo\u0000ut' }] } })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/synonyms\.1\.text/)
  })
})

describe('row 9: GET /api/payload-jobs/run', () => {
  it("does not run the queue with an editor's session, from a sibling site or not", async () => {
    const response = await cms.rest('GET', '/payload-jobs/run', { token: editor, headers: { 'Sec-Fetch-Site': 'same-site' } })
    expect(response.status).toBe(401)
  })

  it('runs it only for a scheduler with JOBS_RUN_SECRET', async () => {
    const response = await cms.rest('GET', '/payload-jobs/run', { headers: { Authorization: `Bearer ${JOBS_RUN_SECRET}` } })
    expect(response.status).toBe(200)
    expect(jobsRunAccess({ req: { headers: new Headers({ authorization: `Bearer ${JOBS_RUN_SECRET}` }) } }, cmsSettings({}))).toBe(false)
    expect(jobsRunAccess({ req: { headers: new Headers({ authorization: 'Bearer fout' }) } }, cmsSettings({ JOBS_RUN_SECRET }))).toBe(false)
  })
})
