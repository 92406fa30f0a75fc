/**
 * Issue 21, rows 1 and 7: one GraphQL request cannot stall the CMS. Its cost
 * is counted before it runs, over aliases, fragments and variables; a
 * fragment cycle is a 400, not a stack overflow; an allowed but heavy query
 * lets other requests through while it runs and stops at its time budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GRAPHQL_TIME_BUDGET_MS, MAX_GRAPHQL_DOCUMENTS } from '../src/requests/limits.ts'
import { spendTime, withTimeBudget } from '../src/requests/timeBudget.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

let cms: TestCms
const EVIDENCE = 100

beforeAll(async () => {
  cms = await startTestCms('budget')
  const { theme, production, create } = await makeFixtures(cms.payload)
  for (let i = 0; i < EVIDENCE; i++) await create('evidence', validDocument('evidence', `budget-${i}`, { theme: theme.id, production: production.id }))
})
afterAll(() => cms?.close())

const aliases = (count: number, limit: number | string = 100) =>
  Array.from({ length: count }, (_, i) => `a${i}: Evidences(limit: ${limit}) { totalDocs }`).join(' ')

/** Sends a GraphQL body and, while it runs, asks /api/health; returns both answers and when each came. */
async function healthDuring(query: string, variables?: Record<string, unknown>) {
  const started = Date.now()
  const graphql = cms.graphqlResponse(JSON.stringify({ query, variables })).then(async (response) => ({ response, body: await response.json(), at: Date.now() - started }))
  const health = cms.rest('GET', '/health').then((response) => ({ status: response.status, at: Date.now() - started }))
  return { graphql: await graphql, health: await health }
}

describe('row 1: the 250-alias query', () => {
  it('is refused before it reads anything, and /api/health answers within 2 s meanwhile', async () => {
    const { graphql, health } = await healthDuring(`{ ${aliases(250)} }`)
    // Refused in validation: GraphQL over HTTP answers 200 with errors and no data to a JSON client.
    expect(graphql.body.data).toBeUndefined()
    expect(graphql.body.errors[0].message).toMatch(/25000 documenten.*hoogstens 500/)
    expect(graphql.at).toBeLessThan(2_000)
    expect(health.status).toBe(200)
    expect(health.at).toBeLessThan(2_000)
  })

  it('counts documents through named and inline fragments', async () => {
    const query = `{ ...Twice ... on Query { ...Lists } } fragment Twice on Query { ...Lists } fragment Lists on Query { ${aliases(6)} }`
    const body = await cms.graphql(query)
    expect(body.data).toBeUndefined()
    expect(body.errors![0]!.message).toMatch(/1200 documenten/)
  })

  it('counts a limit given as a variable', async () => {
    const query = `query ($l: Int) { ${aliases(11, '$l')} }`
    const body = await (await cms.graphqlResponse(JSON.stringify({ query, variables: { l: 100 } }))).json()
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toMatch(/1100 documenten/)
  })

  it('counts the documents a relation reads for every listed document', async () => {
    // 100 fragments, each with its production: 100 + 100 documents per alias.
    const query = `{ ${Array.from({ length: 6 }, (_, i) => `f${i}: Fragments(limit: 100) { docs { production { title } } }`).join(' ')} }`
    const body = await cms.graphql(query)
    expect(body.data).toBeUndefined()
    expect(body.errors![0]!.message).toMatch(/1200 documenten/)
  })

  it('still answers a query within the budget', async () => {
    const result = await cms.graphql(`{ ${aliases(MAX_GRAPHQL_DOCUMENTS / 100)} }`)
    expect(result.errors).toBeUndefined()
    expect(result.data.a4.totalDocs).toBe(EVIDENCE)
  })
})

describe('row 1: a heavy query that is allowed', () => {
  it('leaves /api/health answering within 2 s', async () => {
    const query = `{ ${Array.from({ length: MAX_GRAPHQL_DOCUMENTS / 100 }, (_, i) => `a${i}: Evidences(limit: 100) { docs { id title slug } }`).join(' ')} }`
    const { graphql, health } = await healthDuring(query)
    expect(graphql.response.status).toBe(200)
    expect(graphql.body.data.a4.docs).toHaveLength(EVIDENCE)
    expect(health.status).toBe(200)
    expect(health.at).toBeLessThan(2_000)
  })

  it('stops at its time budget', async () => {
    expect(GRAPHQL_TIME_BUDGET_MS).toBeLessThanOrEqual(5_000)
    await expect(
      withTimeBudget(5, async () => {
        await new Promise((resolve) => setTimeout(resolve, 20))
        spendTime()
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/langer dan 0.005 seconden/) })
    await expect(withTimeBudget(1_000, async () => spendTime())).resolves.toBeUndefined()
  })
})

describe('row 7: a fragment cycle', () => {
  it('is a 400 in Dutch, not a stack overflow', async () => {
    const query = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'
    const response = await cms.graphqlResponse(JSON.stringify({ query }))
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/Fragment "A" verwijst .* naar zichzelf/)
  })
})
