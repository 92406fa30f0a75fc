/**
 * The admin's gap map ("Dekking", admin/coverageReport.ts): per stigma type
 * and care setting how many methods editors tagged with both, drafts
 * included, narrowed by audience; only editors get it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SETTINGS, STIGMA_TYPES } from '@toolkit/schemas'
import type { PayloadRequest } from 'payload'
import { coverageReport, listHref } from '../src/admin/coverageReport.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

let cms: TestCms
const editor = { id: 1, roles: ['editor'], collection: 'users' }

const cellOf = (report: Awaited<ReturnType<typeof coverageReport>>, type: string, setting: string) =>
  report![STIGMA_TYPES.findIndex((t) => t.value === type)]![SETTINGS.findIndex((s) => s.value === setting)]!

beforeAll(async () => {
  cms = await startTestCms('coverage')
  const fixtures = await makeFixtures(cms.payload)
  const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  await fixtures.create('interventions', { ...validDocument('interventions', 'dekking-a', ids), stigmaTypes: ['public'], settings: ['clinical'], audiences: ['professionals'] })
  await fixtures.create('activities', { ...validDocument('activities', 'dekking-b', ids), stigmaTypes: ['public', 'self'], settings: ['clinical'], audiences: ['clients'] })
  // A draft counts: editors see where something is on its way.
  await fixtures.create('fragments', { ...validDocument('fragments', 'dekking-c', ids), stigmaTypes: ['self'], settings: ['addiction-care'] }, false)
})
afterAll(() => cms?.close())

const request = (user: unknown) => ({ payload: cms.payload, user }) as unknown as PayloadRequest

describe('the admin gap map', () => {
  it('counts methods per stigma type and setting, per collection, drafts included; empty cells are zero', async () => {
    const report = await coverageReport(request(editor))
    expect(cellOf(report, 'public', 'clinical')).toMatchObject({ total: 2, counts: { interventions: 1, activities: 1, fragments: 0 } })
    expect(cellOf(report, 'self', 'clinical').total).toBe(1)
    expect(cellOf(report, 'self', 'addiction-care').counts.fragments).toBe(1)
    expect(cellOf(report, 'associative', 'ambulatory').total).toBe(0)
  })

  it('narrows to one audience', async () => {
    const report = await coverageReport(request(editor), 'professionals')
    expect(cellOf(report, 'public', 'clinical')).toMatchObject({ total: 1, counts: { interventions: 1, activities: 0 } })
  })

  it('is for editors only', async () => {
    expect(await coverageReport(request(null))).toBeNull()
  })

  it("links a cell to the collection's admin list filtered to it", async () => {
    const href = listHref('/admin', 'interventions', { stigmaType: 'public', setting: 'clinical' }, 'professionals')
    const url = new URL(href, 'http://localhost')
    expect(url.pathname).toBe('/admin/collections/interventions')
    expect([...url.searchParams.values()]).toEqual(['public', 'clinical', 'professionals'])
  })
})
