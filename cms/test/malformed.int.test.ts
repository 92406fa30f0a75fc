/**
 * Bad input never gives a 5xx (issue 12, item 3): every malformed request
 * over REST and GraphQL answers 4xx with a message that names the field or
 * parameter, and the database is unchanged afterwards.
 */
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_PUBLIC_LIMIT } from '../src/requests/limits.ts'
import { addEditor, startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
let editor: string
let themeId: number | string
let fragmentId: number | string

type Case = {
  name: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  route: string | (() => string)
  /** JSON-encoded unless `raw`. */
  body?: unknown
  raw?: string
  contentType?: string
  as?: 'editor' | 'anonymous'
  status: number
  /** Text the response must contain: the field, parameter or id it is about. */
  mentions: string
}

const json = (value: unknown) => JSON.stringify(value)
const longText = 'x'.repeat(60_000)

/** Bodies that are no JSON object, for creating and updating in several collections. */
const NOT_AN_OBJECT: [string, string][] = [
  ['null', 'null'],
  ['een string', '"tekst"'],
  ['een getal', '42'],
  ['een lijst', '[]'],
  ['true', 'true'],
]
const bodyCases: Case[] = [
  ...['themes', 'fragments', 'interventions', 'evidence', 'guidance'].flatMap((collection) =>
    NOT_AN_OBJECT.map(([label, raw]): Case => ({
      name: `POST /${collection} met ${label} als body`,
      method: 'POST',
      route: `/${collection}`,
      raw,
      status: 400,
      mentions: 'JSON-object',
    })),
  ),
  ...NOT_AN_OBJECT.map(([label, raw]): Case => ({
    name: `PATCH /themes/<id> met ${label} als body`,
    method: 'PATCH',
    route: () => `/themes/${themeId}`,
    raw,
    status: 400,
    mentions: 'JSON-object',
  })),
  { name: 'POST /themes met tekst als text/plain', method: 'POST', route: '/themes', raw: 'naam=x', contentType: 'text/plain', status: 400, mentions: 'JSON' },
  { name: 'POST /themes met kapotte JSON', method: 'POST', route: '/themes', raw: '{"name": ', status: 400, mentions: 'JSON' },
]

/** Field values of the wrong type, length or vocabulary, as drafts and as published documents. */
const fieldCases: Case[] = [
  ['/themes?draft=true', { name: 12345, slug: 'getal-als-naam' }, 'name'],
  ['/themes?draft=true', { name: ['a', 'b'], slug: 'lijst-als-naam' }, 'name'],
  ['/themes?draft=true', { name: { nl: 'x' }, slug: 'object-als-naam' }, 'name'],
  ['/themes?draft=true', { name: 'Te lang', slug: 'te-lang', description: longText }, 'description'],
  ['/themes?draft=true', { name: 'Slug', slug: 'Geen Geldige Slug!' }, 'slug'],
  ['/themes?draft=true', { name: 'Status', slug: 'status-onbekend', _status: 'bogus' }, '_status'],
  ['/themes', { name: 'Status', slug: 'status-leeg', _status: '' }, '_status'],
  ['/fragments?draft=true', { title: 'x', slug: 'nummer-tekst', number: 'zeven' }, 'number'],
  ['/fragments?draft=true', { title: 'x', slug: 'nummer-negatief', number: -3 }, 'number'],
  ['/fragments?draft=true', { title: 'x', slug: 'thema-tekst', themes: 'abc' }, 'themes'],
  ['/fragments?draft=true', { title: 'x', slug: 'thema-bestaat-niet', themes: [999999] }, 'themes'],
  ['/fragments?draft=true', { title: 'x', slug: 'thema-object', themes: [{ foo: 1 }] }, 'themes'],
  ['/fragments?draft=true', { title: 'x', slug: 'productie-bestaat-niet', production: 999999 }, 'production'],
  ['/fragments?draft=true', { title: 'x', slug: 'vragen-tekst', questions: { general: 'geen lijst' } }, 'questions'],
  ['/fragments', { title: 'x', slug: 'gepubliceerd-onvolledig', _status: 'published' }, 'production'],
  ['/interventions?draft=true', { name: 'x', slug: 'vorm-onbekend', formats: ['toverspreuk'] }, 'formats'],
  ['/interventions?draft=true', { name: 'x', slug: 'jaar-tekst', year: 'vorig jaar' }, 'year'],
  ['/interventions?draft=true', { name: 'x', slug: 'jaar-te-vroeg', year: 1200 }, 'year'],
  ['/interventions?draft=true', { name: 'x', slug: 'verwant-bestaat-niet', relatedInterventions: [424242] }, 'relatedInterventions'],
  ['/evidence?draft=true', { title: 'x', slug: 'soort-onbekend', kind: 'roddel' }, 'kind'],
  ['/guidance?draft=true', { title: 'x', slug: 'punten-tekst', items: 'geen lijst' }, 'items'],
  ['/interventions?draft=true', { name: 'x', slug: 'veld-getypt', practical: { year: 2020 } }, 'practical'],
  ['/cases?draft=true', { title: 'x', slug: 'trede-te-hoog', responses: [{ response: 'x', ladderStep: 99, likelyReaction: 'y' }] }, 'ladderStep'],
].map(([route, body, field]): Case => ({
  name: `POST ${route} met een ongeldig veld ${field as string}`,
  method: 'POST',
  route: route as string,
  body,
  status: 400,
  mentions: field as string,
}))

/** Query parameters out of range or of the wrong type, as an anonymous visitor. */
const queryCases: Case[] = [
  ['limit=-1', 'limit'],
  ['limit=abc', 'limit'],
  ['limit=1.5', 'limit'],
  [`limit=${MAX_PUBLIC_LIMIT + 1}`, 'limit'],
  ['limit=100000', 'limit'],
  ['limit=0', 'limit'],
  ['page=0', 'page'],
  ['page=-3', 'page'],
  ['page=abc', 'page'],
  ['page=1e21', 'page'],
  ['page=99999999999999999999', 'page'],
  ['depth=abc', 'depth'],
  ['depth=99', 'depth'],
  ['depth=-1', 'depth'],
  ['pagination=false', 'pagination'],
  ['where[slug][equals][$ne]=x', 'where.slug.equals'],
  ['where[slug][gibberish]=x', 'gibberish'],
  ['where[createdAt][equals]=geen-datum', 'where.createdAt.equals'],
  ['where[updatedAt][greater_than]=morgen', 'where.updatedAt.greater_than'],
  ['where[slug][near]=1,2', 'where.slug.near'],
  ['where[id][equals]=abc', 'where.id.equals'],
  ['where[id][in][0][x]=1', 'where.id.in'],
  ['where[slug][exists]=misschien', 'where.slug.exists'],
  ['where[slug]=x', 'where.slug'],
  ['where[or]=x', 'where.or'],
  ['where[and][0][createdAt][less_than]=gisteren', 'where.and.0.createdAt.less_than'],
  ['where[bestaatniet][equals]=1', 'bestaatniet'],
].map(([query, mentions]): Case => ({
  name: `GET /themes?${query}`,
  method: 'GET',
  route: `/themes?${query}`,
  as: 'anonymous',
  status: 400,
  mentions: mentions as string,
}))

const fragmentQueryCases: Case[] = [
  { name: 'GET /fragments?where[number][equals]=zeven', method: 'GET', route: '/fragments?where[number][equals]=zeven', as: 'anonymous', status: 400, mentions: 'where.number.equals' },
  { name: 'GET /fragments?where[production][equals]=abc', method: 'GET', route: '/fragments?where[production][equals]=abc', as: 'anonymous', status: 400, mentions: 'where.production.equals' },
  { name: 'GET /fragments?where[themes][in]=a,b', method: 'GET', route: '/fragments?where[themes][in]=a,b', as: 'anonymous', status: 400, mentions: 'where.themes.in' },
]

/** Ids that are no ids. */
const idCases: Case[] = (['GET', 'PATCH', 'DELETE'] as const).flatMap((method) =>
  ['abc', '1e3', '-1', '1;DROP TABLE themes', '%20'].map((id): Case => ({
    name: `${method} /themes/${id}`,
    method,
    route: `/themes/${id}`,
    body: method === 'PATCH' ? { name: 'x' } : undefined,
    status: 404,
    mentions: 'geen geldig id',
  })),
)

describe('well-formed queries still pass the guard', () => {
  it.each(['/fragments?where[themes.slug][equals]=hoop', '/fragments?where[production.title][like]=nader', '/themes?where[createdAt][greater_than]=2020-01-01&limit=5&page=2'])('%s', async (route) => {
    const response = await cms.rest('GET', route)
    expect(response.status, await response.clone().text()).toBe(200)
  })
})

const REST_CASES = [...bodyCases, ...fieldCases, ...queryCases, ...fragmentQueryCases, ...idCases]

type GraphqlCase = { name: string; body: string; as?: 'editor' | 'anonymous'; mentions: string }
const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: Themes(limit: 100) { docs { id slug name description } }`).join(' ')
const GRAPHQL_CASES: GraphqlCase[] = [
  { name: 'kapotte syntax', body: json({ query: '{ Themes { docs { slug ' }), mentions: 'Syntax Error' },
  { name: 'onbekend veld', body: json({ query: '{ Themes { docs { bestaatNiet } } }' }), mentions: 'bestaatNiet' },
  { name: 'limit als tekst', body: json({ query: '{ Themes(limit: "veel") { docs { slug } } }' }), mentions: 'limit' },
  { name: 'limit te groot', body: json({ query: '{ Themes(limit: 100000) { docs { slug } } }' }), as: 'anonymous', mentions: 'limit' },
  { name: 'alles tegelijk (pagination: false)', body: json({ query: '{ Themes(pagination: false) { docs { slug } } }' }), as: 'anonymous', mentions: 'pagination' },
  { name: 'pagina te ver', body: json({ query: '{ Themes(page: 2000000000) { docs { slug } } }' }), as: 'anonymous', mentions: 'page' },
  { name: 'limit negatief', body: json({ query: '{ Themes(limit: -1) { docs { slug } } }' }), as: 'anonymous', mentions: 'limit' },
  { name: 'ongeldige datum in where', body: json({ query: '{ Themes(where: { createdAt: { equals: "geen-datum" } }) { docs { slug } } }' }), mentions: 'createdAt' },
  { name: '200 aliassen', body: json({ query: `{ ${aliases} }` }), as: 'anonymous', mentions: 'complexity' },
  { name: 'mutatie met een getal als naam', body: json({ query: 'mutation { createTheme(data: { name: 123, slug: "g" }) { id } }' }), mentions: 'name' },
  { name: 'mutatie met een ongeldige slug', body: json({ query: 'mutation { createTheme(data: { name: "x", slug: "Geen Slug" }) { id } }' }), mentions: 'slug' },
  { name: 'mutatie met een onbekend thema', body: json({ query: 'mutation { createFragment(data: { title: "x", slug: "f", themes: [999999] }, draft: true) { id } }' }), mentions: 'themes' },
  { name: 'geen query', body: json({ variables: {} }), mentions: 'query' },
  { name: 'body is geen JSON', body: '{"query": ', mentions: 'JSON' },
  { name: 'document met id dat geen id is', body: json({ query: '{ Theme(id: "abc") { slug } }' }), mentions: 'abc' },
]

/** Every row of every content table, to show nothing was written. */
async function contentRows(): Promise<string> {
  if (process.env.TEST_DATABASE === 'mongodb') {
    const parts = []
    for (const collection of ['themes', 'fragments', 'interventions', 'evidence', 'guidance', 'cases', 'productions', 'activities'] as const) {
      const { docs } = await cms.payload.find({ collection, pagination: false, overrideAccess: true, draft: true, depth: 0 })
      const versions = await cms.payload.countVersions({ collection, overrideAccess: true })
      parts.push(JSON.stringify(docs), versions.totalDocs)
    }
    return parts.join('\n')
  }
  const client = createClient({ url: cms.databaseUrl })
  try {
    const { rows: tables } = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'users%' AND name NOT LIKE 'payload_%' ORDER BY name",
    )
    const dump: string[] = []
    for (const { name } of tables) dump.push(String(name), JSON.stringify((await client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`)).rows))
    return dump.join('\n')
  } finally {
    client.close()
  }
}

beforeAll(async () => {
  cms = await startTestCms('malformed')
  editor = await addEditor(cms)
  const production = await cms.payload.create({ collection: 'productions', data: { title: 'P', slug: 'p' }, draft: true, overrideAccess: true })
  themeId = (await cms.payload.create({ collection: 'themes', data: { name: 'Bestaand', slug: 'bestaand', _status: 'published' }, overrideAccess: true })).id
  fragmentId = (await cms.payload.create({ collection: 'fragments', data: { title: 'F', slug: 'f-bestaand', production: production.id }, draft: true, overrideAccess: true })).id
})
afterAll(() => cms?.close())

describe('malformed requests answer 4xx, name what is wrong and write nothing', () => {
  it(`covers at least 80 requests (${REST_CASES.length} REST, ${GRAPHQL_CASES.length} GraphQL)`, () => {
    expect(REST_CASES.length + GRAPHQL_CASES.length).toBeGreaterThanOrEqual(80)
    expect(fragmentId).toBeDefined()
  })

  it.each(REST_CASES)('REST: $name', async (request) => {
    const before = await contentRows()
    const route = typeof request.route === 'function' ? request.route() : request.route
    const response = await cms.rest(request.method, route, {
      token: request.as === 'anonymous' ? undefined : editor,
      rawBody: request.raw ?? (request.body === undefined ? undefined : json(request.body)),
      headers: request.contentType ? { 'Content-Type': request.contentType } : undefined,
    })
    const text = await response.text()
    expect(response.status, text).toBe(request.status)
    expect(text).toContain(request.mentions)
    expect(await contentRows()).toBe(before)
  })

  it.each(GRAPHQL_CASES)('GraphQL: $name', async (request) => {
    const before = await contentRows()
    const response = await cms.graphqlResponse(request.body, request.as === 'anonymous' ? undefined : editor)
    const text = await response.text()
    expect(response.status, text).toBeLessThan(500)
    expect(JSON.parse(text).errors?.length, text).toBeGreaterThan(0)
    expect(text).toContain(request.mentions)
    expect(await contentRows()).toBe(before)
  })
})
