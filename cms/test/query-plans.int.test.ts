/**
 * The public queries find their rows through an index, on either database
 * (issue 11): the list (published, newest first), a document by slug, and a
 * list filtered by theme or by a taxonomy select. The indexes are declared
 * once in the collection configs (contentCollection `indexes`, field
 * `index`), so both adapters build them.
 *
 * SQLite: the statements Payload really sends for anonymous REST requests are
 * captured and run again with EXPLAIN QUERY PLAN. MongoDB: the same filters
 * and sort are explained on the collections Payload made.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

type Statement = { sql: string; args: unknown[] }
type SqlClient = { execute: (statement: Statement | string, args?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

let cms: TestCms
let themeId: string | number
const onSqlite = process.env.TEST_DATABASE !== 'mongodb'

beforeAll(async () => {
  cms = await startTestCms('query-plans')
  const fixtures = await makeFixtures(cms.payload)
  themeId = fixtures.theme.id
  const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  for (let i = 0; i < 30; i++) {
    await fixtures.create('fragments', { ...validDocument('fragments', `fragment-${i}`, ids), number: i + 1, stigmaTypes: i % 2 ? ['self'] : ['public'] }, i % 5 !== 0)
  }
})
afterAll(() => cms?.close())

/** The SELECT statements an anonymous REST GET of `route` sends, in order. */
async function statementsOf(route: string): Promise<Statement[]> {
  const client = (cms.payload.db as unknown as { client: SqlClient }).client
  const execute = client.execute
  const seen: Statement[] = []
  client.execute = (statement, args) => {
    seen.push(typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement)
    return execute.call(client, statement, args)
  }
  try {
    // A fresh query string each time, so no cached answer stands in for the database.
    const response = await cms.rest('GET', `${route}${route.includes('?') ? '&' : '?'}nocache=${Math.random()}`)
    expect(response.status).toBe(200)
  } finally {
    client.execute = execute
  }
  return seen.filter((statement) => /^\s*select/i.test(statement.sql))
}

/** The top level of each statement's plan (subqueries for list fields left out), one line per table visited. */
async function plansOf(route: string): Promise<string[]> {
  const client = (cms.payload.db as unknown as { client: SqlClient }).client
  const plans: string[] = []
  for (const { sql, args } of await statementsOf(route)) {
    const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })
    plans.push(rows.filter((row) => Number(row.parent) === 0).map((row) => String(row.detail)).join('\n'))
  }
  return plans
}

/** No plan reads a whole content table. */
function expectNoFullScan(plans: string[], table: string) {
  for (const plan of plans) expect(plan).not.toMatch(new RegExp(`^SCAN ${table}\\b`, 'm'))
}

describe.runIf(onSqlite)('SQLite query plans of the public REST reads', () => {
  it('the list: published documents, newest first, through (_status, createdAt) without sorting every row', async () => {
    const plans = await plansOf('/fragments?limit=20&depth=1')
    expectNoFullScan(plans, 'fragments')
    const list = plans.find((plan) => /fragments/.test(plan) && /INDEX _status_createdAt/.test(plan))
    expect(list, plans.join('\n---\n')).toBeDefined()
    expect(list).not.toContain('USE TEMP B-TREE FOR ORDER BY')
  })

  it('one document by slug, through the unique slug index', async () => {
    const plans = await plansOf('/fragments?where[slug][equals]=fragment-3&depth=1')
    expectNoFullScan(plans, 'fragments')
    expect(plans.filter((plan) => /SEARCH fragments USING (COVERING )?INDEX fragments_slug_idx \(slug=\?\)/.test(plan)).length).toBeGreaterThanOrEqual(1)
  })

  it('a list by theme, through the relation index', async () => {
    const plans = await plansOf(`/fragments?where[themes][in]=${themeId}&limit=20`)
    expectNoFullScan(plans, 'fragments')
    expectNoFullScan(plans, 'fragments_rels')
    expect(plans.join('\n')).toMatch(/USING (COVERING )?INDEX fragments_rels_themes_id_idx \(themes_id=\?\)/)
  })

  it('a list by a taxonomy select, through the value index', async () => {
    const plans = await plansOf('/fragments?where[stigmaTypes][in]=self&limit=20')
    expectNoFullScan(plans, 'fragments')
    expectNoFullScan(plans, 'fragments_stigma_types')
    expect(plans.join('\n')).toMatch(/USING (COVERING )?INDEX fragments_stigma_types_value_idx \(value=\?\)/)
  })
})

type Explained = { queryPlanner: { winningPlan: unknown } }
type MongoCollection = { find: (filter: object) => { sort: (sort: object) => { limit: (n: number) => { explain: () => Promise<Explained> } } } }

/** Every stage of a winning plan, outermost first. */
function stages(plan: unknown): string[] {
  if (!plan || typeof plan !== 'object') return []
  const node = plan as { stage?: string; inputStage?: unknown; inputStages?: unknown[]; queryPlan?: unknown }
  return [node.stage ?? '', ...stages(node.inputStage ?? node.queryPlan), ...(node.inputStages ?? []).flatMap(stages)].filter(Boolean)
}

describe.runIf(!onSqlite)('MongoDB query plans of the public reads', () => {
  const explain = async (filter: object, sort: object = { createdAt: -1 }) => {
    const model = (cms.payload.db as unknown as { collections: Record<string, { collection: MongoCollection }> }).collections.fragments!
    return stages((await model.collection.find(filter).sort(sort).limit(20).explain()).queryPlanner.winningPlan)
  }

  it('the list reads the (_status, createdAt) index in order, no collection scan, no sort', async () => {
    const plan = await explain({ _status: 'published' })
    expect(plan).toContain('IXSCAN')
    expect(plan).not.toContain('COLLSCAN')
    expect(plan).not.toContain('SORT')
  })

  it('a document by slug, and lists by theme or taxonomy, use an index', async () => {
    for (const filter of [
      { slug: 'fragment-3', _status: 'published' },
      { themes: { $in: [themeId] }, _status: 'published' },
      { stigmaTypes: { $in: ['self'] }, _status: 'published' },
    ]) {
      const plan = await explain(filter)
      expect(plan, JSON.stringify(filter)).toContain('IXSCAN')
      expect(plan, JSON.stringify(filter)).not.toContain('COLLSCAN')
    }
  })
})
