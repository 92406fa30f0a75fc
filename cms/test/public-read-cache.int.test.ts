/**
 * Anonymous REST reads answered from memory (requests/publicReadCache.ts):
 * repeated reads skip the database, yet a publish, an unpublish or a delete
 * shows on the very next read; nobody with credentials is answered from it
 * or fills it, and drafts never reach it.
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { invalidatePublicReads, publicReadCacheSize } from '../src/requests/publicReadCache.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let editor: string
let admin: string
/** Database reads of documents since the last reset. */
let reads = 0

const LIST = '/themes?limit=50&sort=slug&depth=0'
const names = async (response: Response) => ((await response.json()) as { docs: { name: string }[] }).docs.map((doc) => doc.name)
const anonymousNames = async () => names(await cms.rest('GET', LIST))

async function theme(slug: string, name: string, status: 'published' | 'draft') {
  return cms.payload.create({ collection: 'themes', data: { slug, name, _status: status }, draft: status === 'draft', overrideAccess: true })
}

beforeAll(async () => {
  cms = await startTestCms('public-read-cache')
  await cms.payload.create({ collection: 'users', data: { email: 'beheer@example.org', password: 'een-lang-wachtwoord-123', roles: ['admin'] }, overrideAccess: true })
  await cms.payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'een-lang-wachtwoord-456', roles: ['editor'] }, overrideAccess: true })
  admin = await cms.login('beheer@example.org', 'een-lang-wachtwoord-123')
  editor = await cms.login('redactie@example.org', 'een-lang-wachtwoord-456')
  await theme('hoop', 'Hoop', 'published')
  await theme('herstel', 'Herstel', 'published')
  await theme('geheim', 'Geheim concept', 'draft')
  // Count what reaches the database, to tell a cached answer from a fresh one.
  const db = cms.payload.db as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  for (const method of ['find', 'findOne', 'queryDrafts'] as const) {
    const original = db[method]!.bind(db)
    db[method] = (...args) => {
      reads += 1
      return original(...args)
    }
  }
})
afterAll(() => cms?.close())
beforeEach(() => {
  invalidatePublicReads()
  reads = 0
})

describe('anonymous reads', () => {
  it('are answered from memory after the first, without reading the database', async () => {
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
    const afterFirst = reads
    expect(afterFirst).toBeGreaterThan(0)
    // The same query, its parameters in another order.
    expect(await names(await cms.rest('GET', '/themes?depth=0&sort=slug&limit=50'))).toEqual(['Herstel', 'Hoop'])
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
    expect(reads).toBe(afterFirst)
  })

  it('answer 304 without a body to a client that has the same answer, 200 after a change', async () => {
    const first = await cms.rest('GET', LIST)
    const tag = first.headers.get('etag')
    expect(tag).toMatch(/^"[^"]+"$/)
    const again = await cms.rest('GET', LIST, { headers: { 'If-None-Match': tag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(tag)
    expect(again.headers.get('cache-control')).toMatch(/^public/)
    const other = await cms.rest('GET', LIST, { headers: { 'If-None-Match': '"iets-anders"' } })
    expect(other.status).toBe(200)

    const herstel = (await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'herstel' } }, overrideAccess: true })).docs[0]!
    await cms.rest('PATCH', `/themes/${herstel.id}`, { token: editor, body: { name: 'Herstel en groei' } })
    const changed = await cms.rest('GET', LIST, { headers: { 'If-None-Match': tag! } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(tag)
    expect(await names(changed)).toEqual(['Herstel en groei', 'Hoop'])
    await cms.payload.update({ collection: 'themes', id: herstel.id, data: { name: 'Herstel' }, overrideAccess: true })
  })
})

describe('a copy kept for a while', () => {
  it('says its age, so a CDN does not keep it for another full minute', async () => {
    const first = await cms.rest('GET', LIST)
    expect(first.headers.get('age')).toBeNull()
    const now = Date.now()
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + 7_000)
    try {
      const later = await cms.rest('GET', LIST)
      expect(Number(later.headers.get('age'))).toBeGreaterThanOrEqual(6)
      expect(Number(later.headers.get('age'))).toBeLessThanOrEqual(8)
    } finally {
      clock.mockRestore()
    }
  })
})

describe('changes show on the very next anonymous read', () => {
  it('a publish, an unpublish and a delete through REST', async () => {
    const created = await theme('openheid', 'Openheid', 'draft')
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])

    await cms.rest('PATCH', `/themes/${created.id}`, { token: editor, body: { _status: 'published' } })
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop', 'Openheid'])
    expect((await cms.rest('GET', `/themes/${created.id}`)).status).toBe(200)

    await cms.rest('PATCH', `/themes/${created.id}`, { token: editor, body: { _status: 'draft' } })
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
    expect((await cms.rest('GET', `/themes/${created.id}`)).status).toBe(404)

    await cms.rest('PATCH', `/themes/${created.id}`, { token: editor, body: { _status: 'published' } })
    expect(await anonymousNames()).toContain('Openheid')
    expect((await cms.rest('DELETE', `/themes/${created.id}`, { token: admin })).status).toBe(200)
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
  })

  it('a publish through the Local API, as a scheduled publication does it', async () => {
    const created = await theme('taal', 'Taal', 'draft')
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
    await cms.payload.update({ collection: 'themes', id: created.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop', 'Taal'])
    await cms.payload.delete({ collection: 'themes', id: created.id, overrideAccess: true })
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
  })

  it.runIf(process.env.TEST_DATABASE !== 'mongodb')('a write by another process on the same SQLite file (the seed CLI, a restore)', async () => {
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
    const other = createClient({ url: cms.databaseUrl })
    try {
      await other.execute("UPDATE themes SET name = 'Hoop (elders gewijzigd)' WHERE slug = 'hoop'")
    } finally {
      other.close()
    }
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop (elders gewijzigd)'])
    await cms.payload.update({ collection: 'themes', where: { slug: { equals: 'hoop' } }, data: { name: 'Hoop' }, overrideAccess: true })
  })
})

describe('credentials and drafts', () => {
  it('a logged-in read is not answered from memory, and sees the draft', async () => {
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
    const asEditor = await cms.rest('GET', LIST, { token: editor })
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
    expect(asEditor.headers.get('etag')).toBeNull()
    expect(await names(asEditor)).toEqual(['Geheim concept', 'Herstel', 'Hoop'])
  })

  it('a logged-in read, by header or by session cookie, is never kept for anonymous visitors', async () => {
    expect(await names(await cms.rest('GET', LIST, { token: editor }))).toContain('Geheim concept')
    expect(await names(await cms.rest('GET', LIST, { headers: { Cookie: `payload-token=${editor}`, 'Sec-Fetch-Site': 'same-origin' } }))).toContain('Geheim concept')
    expect(await names(await cms.rest('GET', `${LIST}&draft=true`, { token: editor }))).toContain('Geheim concept')
    expect(publicReadCacheSize()).toBe(0)
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
  })

  it('a request with any credentials is passed to Payload, even one whose token is no longer valid', async () => {
    await anonymousNames()
    const before = reads
    const expired = await cms.rest('GET', LIST, { headers: { Authorization: 'JWT verlopen-of-vervalst' } })
    expect(await names(expired)).toEqual(['Herstel', 'Hoop'])
    expect(reads).toBeGreaterThan(before)
  })

  it('an anonymous request for drafts gets the published content and is not kept', async () => {
    const asked = await cms.rest('GET', `${LIST}&draft=true`)
    expect(await names(asked)).toEqual(['Herstel', 'Hoop'])
    expect(publicReadCacheSize()).toBe(0)
    const byId = (await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'geheim' } }, overrideAccess: true, draft: true })).docs[0]!
    expect((await cms.rest('GET', `/themes/${byId.id}?draft=true`)).status).toBe(404)
    expect((await cms.rest('GET', `/themes/${byId.id}`)).status).toBe(404)
  })

  it('an editor publishing a draft after anonymous reads does not leak other drafts', async () => {
    expect(await anonymousNames()).toEqual(['Herstel', 'Hoop'])
    await cms.rest('GET', LIST, { token: editor })
    expect(await anonymousNames()).not.toContain('Geheim concept')
  })
})
