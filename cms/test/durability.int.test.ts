/**
 * No acknowledged write is ever lost (issue 12, item 1).
 *
 * Every kind of failing request runs first; after each, writes the API
 * acknowledges must be in the database as another connection sees it (not
 * only in the CMS's own connection), and again after a restart.
 */
import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import { DATABASE_BUSY_MESSAGE } from '../src/db/sqliteConnection.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const isSqlite = process.env.TEST_DATABASE !== 'mongodb'
const ADMIN = { email: 'duurzaam@example.org', password: 'een-lang-wachtwoord-123' }

let cms: TestCms
let token: string
/** Slugs of the themes whose create the API acknowledged. */
const acknowledged: string[] = []
let counter = 0

beforeAll(async () => {
  // A short lock wait, so the lock-timeout case fails quickly.
  cms = await startTestCms('durability', { SQLITE_BUSY_TIMEOUT_MS: '300' })
  await cms.payload.create({ collection: 'users', data: { ...ADMIN, roles: ['admin'] }, overrideAccess: true })
  token = await cms.login(ADMIN.email, ADMIN.password)
})
afterAll(() => cms?.close())

async function createTheme(): Promise<Response> {
  counter += 1
  const slug = `duurzaam-${counter}`
  const response = await cms.rest('POST', '/themes', { token, body: { name: `Duurzaam ${counter}`, slug, description: 'Test.' } })
  if (response.status === 201) acknowledged.push(slug)
  return response
}

/** Slugs of all themes, read through a connection of its own (SQLite) or the API (MongoDB). */
async function storedSlugs(): Promise<string[]> {
  if (!isSqlite) {
    const { docs } = await cms.payload.find({ collection: 'themes', pagination: false, overrideAccess: true, draft: true })
    return docs.map((doc) => doc.slug as string).sort()
  }
  const other = createClient({ url: cms.databaseUrl })
  try {
    const { rows } = await other.execute('SELECT slug FROM themes ORDER BY slug')
    return rows.map((row) => String(row.slug)).sort()
  } finally {
    other.close()
  }
}

async function expectLaterWritesStored(): Promise<void> {
  for (let i = 0; i < 3; i += 1) expect((await createTheme()).status).toBe(201)
  expect(await storedSlugs()).toEqual([...acknowledged].sort())
}

describe('after a failing request, later acknowledged writes are stored', () => {
  it('a password-reset request (it used to fail with "database is locked")', async () => {
    const response = await cms.rest('POST', '/users/forgot-password', { body: { email: ADMIN.email } })
    expect(response.status).toBe(200)
    await expectLaterWritesStored()
  })

  it.runIf(isSqlite)('a lock held by another process longer than the busy timeout', async () => {
    const blocker: Client = createClient({ url: cms.databaseUrl })
    await blocker.execute('BEGIN IMMEDIATE')
    try {
      const response = await createTheme()
      expect(response.status).toBe(503)
      expect(JSON.stringify(await response.json())).toContain(DATABASE_BUSY_MESSAGE)
    } finally {
      await blocker.execute('ROLLBACK')
      blocker.close()
    }
    await expectLaterWritesStored()
  })

  it('a validation error', async () => {
    const response = await cms.rest('POST', '/themes', { token, body: { name: '', slug: 'Geen Geldige Slug!' } })
    expect(response.status).toBe(400)
    await expectLaterWritesStored()
  })

  it('a duplicate slug', async () => {
    const response = await cms.rest('POST', '/themes', { token, body: { name: 'Dubbel', slug: acknowledged[0], description: 'Test.' } })
    expect(response.status).toBe(400)
    await expectLaterWritesStored()
  })

  it('twenty concurrent creates, updates and deletes', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => createTheme()))
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201))
    const victim = acknowledged.shift() as string
    const { docs } = await cms.payload.find({ collection: 'themes', where: { slug: { equals: victim } }, overrideAccess: true, draft: true })
    const [deleted, updated] = await Promise.all([
      cms.rest('DELETE', `/themes/${docs[0]!.id}`, { token }),
      cms.rest('PATCH', `/themes/${docs[0]!.id}`, { token, body: { name: 'Gelijktijdig' } }),
      createTheme(),
    ])
    expect(deleted.status).toBe(200)
    // Racing the delete, the edit either lands first or finds the document gone; never a 500.
    expect([200, 404, 409], await updated.clone().text()).toContain(updated.status)
    await expectLaterWritesStored()
  })

  it('saves of the same document at the same moment never mix their lists', async () => {
    const created = await cms.rest('POST', '/themes', {
      token,
      body: { name: 'Gelijktijdig bewerkt', slug: 'gelijktijdig', description: 'Test.', synonyms: [{ text: 'begin' }], _status: 'published' },
    })
    expect(created.status, await created.clone().text()).toBe(201)
    acknowledged.push('gelijktijdig')
    const { doc } = (await created.json()) as { doc: { id: number } }
    const lists = Array.from({ length: 8 }, (_, i) => [{ text: `lijst ${i} punt 1` }, { text: `lijst ${i} punt 2` }, { text: `lijst ${i} punt 3` }])
    const saves = await Promise.all(lists.map((synonyms) => cms.rest('PATCH', `/themes/${doc.id}`, { token, body: { synonyms, _status: 'published' } })))
    expect(saves.map((response) => response.status)).toEqual(Array(8).fill(200))
    const stored = (await (await cms.rest('GET', `/themes/${doc.id}?depth=0`, { token })).json()) as { synonyms: { text: string }[] }
    const texts = stored.synonyms.map((item) => item.text)
    // Exactly one of the saved lists, whole: not two interleaved, not one with rows missing.
    expect(lists.map((items) => items.map((item) => item.text))).toContainEqual(texts)
  })

  it('writes made inside the CMS at the same moment (jobs, hooks) never mix their lists either', async () => {
    const theme = await cms.payload.create({ collection: 'themes', data: { name: 'Intern', slug: 'intern', description: 'Test.', _status: 'published' }, overrideAccess: true })
    acknowledged.push('intern')
    const lists = Array.from({ length: 8 }, (_, i) => [{ text: `intern ${i}a` }, { text: `intern ${i}b` }])
    await Promise.all(lists.map((synonyms) => cms.payload.update({ collection: 'themes', id: theme.id, data: { synonyms }, overrideAccess: true })))
    const stored = await cms.payload.findByID({ collection: 'themes', id: theme.id, overrideAccess: true })
    expect(lists.map((items) => items.map((item) => item.text))).toContainEqual((stored.synonyms as { text: string }[]).map((item) => item.text))
  })

  it('the database is consistent and complete after a restart', async () => {
    await cms.payload.destroy()
    if (isSqlite) {
      const other = createClient({ url: cms.databaseUrl })
      const { rows } = await other.execute('PRAGMA integrity_check')
      other.close()
      expect(rows[0]?.integrity_check).toBe('ok')
    }
    const restarted = await getPayload({ config: cms.config, key: 'durability-restart' })
    try {
      const { docs } = await restarted.find({ collection: 'themes', pagination: false, overrideAccess: true, draft: true })
      expect(docs.map((doc) => doc.slug).sort()).toEqual([...acknowledged].sort())
      const created = await restarted.create({ collection: 'themes', data: { name: 'Na herstart', slug: 'na-herstart', description: 'Test.' }, overrideAccess: true })
      expect(created.slug).toBe('na-herstart')
    } finally {
      cms.payload = restarted
    }
  })
})
