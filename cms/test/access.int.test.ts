import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

/**
 * The access matrix: anonymous / editor / admin × read draft / read published /
 * create / update / delete / manage users, through REST and the Local API
 * with `overrideAccess: false`, plus GraphQL for reads.
 */
let cms: TestCms
let tokens: { editor: string; admin: string }
let users: { editor: any; admin: any }
let published: { id: string | number }
let draft: { id: string | number }
let editable: { id: string | number }
let ids: { theme: unknown; production: unknown }

beforeAll(async () => {
  cms = await startTestCms('access')
  const { payload } = cms
  const admin = await payload.create({ collection: 'users', data: { email: 'beheer@example.org', password: 'Geheim-wachtwoord-1', roles: ['admin'] }, overrideAccess: true })
  const editor = await payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'Geheim-wachtwoord-2', roles: ['editor'] }, overrideAccess: true })
  users = { admin, editor }
  tokens = {
    admin: await cms.login('beheer@example.org', 'Geheim-wachtwoord-1'),
    editor: await cms.login('redactie@example.org', 'Geheim-wachtwoord-2'),
  }
  const fixtures = await makeFixtures(payload)
  ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  published = await fixtures.create('guidance', { ...validDocument('guidance', 'gepubliceerd', ids), title: 'Gepubliceerde lijst' })
  editable = await fixtures.create('guidance', { ...validDocument('guidance', 'bewerkbaar', ids), title: 'Bewerkbare lijst' })
  draft = await fixtures.create('guidance', { ...validDocument('guidance', 'concept', ids), title: 'Conceptlijst' }, false)
  // A published document whose newest version is an unpublished draft.
  await payload.update({ collection: 'guidance', id: published.id, data: { title: 'Geheime conceptwijziging' }, draft: true, overrideAccess: true })
})
afterAll(() => cms?.close())

type Role = 'anonymous' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'editor', 'admin']
const token = (role: Role) => (role === 'anonymous' ? undefined : tokens[role])
const user = (role: Role) => (role === 'anonymous' ? undefined : users[role])

const expected = {
  readDraft: { anonymous: false, editor: true, admin: true },
  readPublished: { anonymous: true, editor: true, admin: true },
  create: { anonymous: false, editor: true, admin: true },
  update: { anonymous: false, editor: true, admin: true },
  delete: { anonymous: false, editor: false, admin: true },
  manageUsers: { anonymous: false, editor: false, admin: true },
}

describe.each(roles)('REST as %s', (role) => {
  it(`${expected.readPublished[role] ? 'reads' : 'cannot read'} published documents`, async () => {
    const response = await cms.rest('GET', `/guidance/${published.id}`, { token: token(role) })
    expect(response.status).toBe(200)
  })

  it(`${expected.readDraft[role] ? 'reads' : 'never sees'} drafts`, async () => {
    const byId = await cms.rest('GET', `/guidance/${draft.id}?draft=true`, { token: token(role) })
    expect(byId.status === 200).toBe(expected.readDraft[role])
    const list = (await (await cms.rest('GET', '/guidance?draft=true&limit=100', { token: token(role) })).json()) as any
    const titles = list.docs.map((doc: any) => doc.title)
    expect(titles.includes('Conceptlijst')).toBe(expected.readDraft[role])
    expect(titles.includes('Geheime conceptwijziging')).toBe(expected.readDraft[role])
    expect(titles.includes('Gepubliceerde lijst')).toBe(!expected.readDraft[role])
    const versions = await cms.rest('GET', '/guidance/versions', { token: token(role) })
    expect(versions.status === 200).toBe(expected.readDraft[role])
  })

  it(`${expected.create[role] ? 'creates' : 'cannot create'} content`, async () => {
    const response = await cms.rest('POST', '/themes', { token: token(role), body: { slug: `rest-${role}`, name: 'Nieuw', _status: 'published' } })
    expect(response.status === 201).toBe(expected.create[role])
    if (!expected.create[role]) expect(response.status).toBe(403)
  })

  it(`${expected.update[role] ? 'updates' : 'cannot update'} content`, async () => {
    const response = await cms.rest('PATCH', `/guidance/${editable.id}`, { token: token(role), body: { intro: `door ${role}` } })
    expect(response.status === 200).toBe(expected.update[role])
  })

  it(`${expected.delete[role] ? 'deletes' : 'cannot delete'} content`, async () => {
    const theme = await cms.payload.create({ collection: 'themes', data: { slug: `weg-${role}`, name: 'Weg', _status: 'published' }, overrideAccess: true })
    const response = await cms.rest('DELETE', `/themes/${theme.id}`, { token: token(role) })
    expect(response.status === 200).toBe(expected.delete[role])
  })

  it(`${expected.manageUsers[role] ? 'manages' : 'cannot manage'} users`, async () => {
    const list = (await (await cms.rest('GET', '/users', { token: token(role) })).json()) as any
    const emails: string[] = (list.docs ?? []).map((doc: any) => doc.email)
    expect(emails.includes('beheer@example.org') && emails.includes('redactie@example.org')).toBe(expected.manageUsers[role])
    const created = await cms.rest('POST', '/users', { token: token(role), body: { email: `nieuw-${role}@example.org`, password: 'Geheim-wachtwoord-3', roles: ['admin'] } })
    expect(created.status === 201).toBe(expected.manageUsers[role])
  })
})

describe.each(roles)('Local API (overrideAccess: false) as %s', (role) => {
  const asUser = () => ({ overrideAccess: false, user: user(role) })

  it('reads drafts only when allowed', async () => {
    const result = await cms.payload.find({ collection: 'guidance', draft: true, ...asUser() })
    const titles = result.docs.map((doc: any) => doc.title)
    expect(titles.includes('Conceptlijst')).toBe(expected.readDraft[role])
    expect(titles.includes('Gepubliceerde lijst')).toBe(!expected.readDraft[role])
    expect(titles.includes('Geheime conceptwijziging')).toBe(expected.readDraft[role])
  })

  it('creates, updates and deletes only when allowed', async () => {
    const attempt = async (fn: () => Promise<unknown>) => fn().then(() => true, () => false)
    expect(await attempt(() => cms.payload.create({ collection: 'themes', data: { slug: `local-${role}`, name: 'Lokaal', _status: 'published' }, ...asUser() }))).toBe(expected.create[role])
    expect(await attempt(() => cms.payload.update({ collection: 'guidance', id: editable.id, data: { intro: role }, ...asUser() }))).toBe(expected.update[role])
    const theme = await cms.payload.create({ collection: 'themes', data: { slug: `local-weg-${role}`, name: 'Weg', _status: 'published' }, overrideAccess: true })
    expect(await attempt(() => cms.payload.delete({ collection: 'themes', id: theme.id, ...asUser() }))).toBe(expected.delete[role])
  })

  it('manages users only when allowed', async () => {
    const attempt = async (fn: () => Promise<unknown>) => fn().then(() => true, () => false)
    expect(await attempt(() => cms.payload.create({ collection: 'users', data: { email: `lokaal-${role}@example.org`, password: 'Geheim-wachtwoord-4', roles: ['editor'] }, ...asUser() }))).toBe(expected.manageUsers[role])
    const others = await cms.payload.find({ collection: 'users', ...asUser() }).catch(() => ({ docs: [] }))
    expect(others.docs.length > 1).toBe(expected.manageUsers[role])
  })
})

describe('GraphQL', () => {
  const query = '{ Guidances(draft: true, limit: 100) { docs { title } } }'

  it('never returns drafts to anonymous visitors', async () => {
    const result = await cms.graphql(query)
    const titles = result.data?.Guidances?.docs?.map((doc: any) => doc.title) ?? []
    expect(titles).toContain('Gepubliceerde lijst')
    expect(titles).not.toContain('Conceptlijst')
    expect(titles).not.toContain('Geheime conceptwijziging')
  })

  it('returns drafts to editors', async () => {
    const result = await cms.graphql(query, tokens.editor)
    const titles = result.data?.Guidances?.docs?.map((doc: any) => doc.title) ?? []
    expect(titles).toContain('Conceptlijst')
  })

  it('never returns users to anonymous visitors', async () => {
    const result = await cms.graphql('{ Users { docs { email } } }')
    expect(result.data?.Users?.docs ?? []).toHaveLength(0)
  })
})

describe('editors cannot promote themselves', () => {
  it('ignores a role change by an editor', async () => {
    await cms.rest('PATCH', `/users/${users.editor.id}`, { token: tokens.editor, body: { roles: ['admin'] } })
    const fresh = await cms.payload.findByID({ collection: 'users', id: users.editor.id, overrideAccess: true })
    expect(fresh.roles).toEqual(['editor'])
  })
})
