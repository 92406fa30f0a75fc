/**
 * The admin's gap map ("Dekking", admin/coverageReport.ts): per stigma type
 * and care setting how many methods editors tagged with both, per stigma
 * type in any setting ("Alle settings", where the site's /dekking/ counted
 * 9 and 10 and the admin had no column), drafts included, narrowed by
 * audience; counted by the rule the site counts with (a theme named like a
 * stigma type counts for it); only editors get it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SETTINGS, STIGMA_TYPES } from '@toolkit/schemas'
import type { PayloadRequest } from 'payload'
import { coverageReport, listHref } from '../src/admin/coverageReport.ts'
import { addEditor, startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

let cms: TestCms
const editor = { id: 1, roles: ['editor'], collection: 'users' }

type Report = Awaited<ReturnType<typeof coverageReport>>
const rowOf = (report: Report, type: string) => report!.rows[STIGMA_TYPES.findIndex((t) => t.value === type)]!
const cellOf = (report: Report, type: string, setting: string) => rowOf(report, type).cells[SETTINGS.findIndex((s) => s.value === setting)]!
let zelfstigma: string | number

beforeAll(async () => {
  cms = await startTestCms('coverage')
  const fixtures = await makeFixtures(cms.payload)
  const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  await fixtures.create('interventions', { ...validDocument('interventions', 'dekking-a', ids), stigmaTypes: ['public'], settings: ['clinical'], audiences: ['professionals'] })
  await fixtures.create('activities', { ...validDocument('activities', 'dekking-b', ids), stigmaTypes: ['public', 'self'], settings: ['clinical'], audiences: ['clients'] })
  // A draft counts: editors see where something is on its way.
  await fixtures.create('fragments', { ...validDocument('fragments', 'dekking-c', ids), stigmaTypes: ['self'], settings: ['addiction-care'] }, false)
  // No setting yet: counts only under "Alle settings". Tagged with the theme "Zelfstigma", not the stigma type: counts for it all the same.
  await fixtures.create('interventions', { ...validDocument('interventions', 'dekking-d', ids), stigmaTypes: ['public'], audiences: ['professionals'] })
  zelfstigma = (await fixtures.create('themes', { slug: 'zelfstigma', name: 'Zelfstigma' })).id
  await fixtures.create('interventions', { ...validDocument('interventions', 'dekking-e', ids), themes: [zelfstigma], settings: ['clinical'] })
})
afterAll(() => cms?.close())

let token: string | undefined
const editorToken = async () => (token ??= await addEditor(cms))
const request = (user: unknown) => ({ payload: cms.payload, user }) as unknown as PayloadRequest

describe('the admin gap map', () => {
  it('counts methods per stigma type and setting, per collection, drafts included; empty cells are zero', async () => {
    const report = await coverageReport(request(editor))
    expect(cellOf(report, 'public', 'clinical')).toMatchObject({ total: 2, counts: { interventions: 1, activities: 1, fragments: 0 } })
    expect(cellOf(report, 'self', 'clinical').total).toBe(2)
    expect(cellOf(report, 'self', 'addiction-care').counts.fragments).toBe(1)
    expect(cellOf(report, 'associative', 'ambulatory').total).toBe(0)
  })

  it('counts per stigma type in any setting ("Alle settings"), methods without a setting included, and per setting and in all', async () => {
    const report = await coverageReport(request(editor))
    expect(rowOf(report, 'public').all).toMatchObject({ total: 3, counts: { interventions: 2, activities: 1, fragments: 0 } })
    expect(rowOf(report, 'self').all).toMatchObject({ total: 3, counts: { interventions: 1, activities: 1, fragments: 1 } })
    expect(report!.columnTotals[SETTINGS.findIndex((s) => s.value === 'clinical')]!.total).toBe(3)
    expect(report!.total.total).toBe(5)
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
    // A stigma type with a theme of its name: either, as the map counts it.
    const self = new URL(listHref('/admin', 'interventions', { stigmaType: 'self' }, undefined, new Map([['self', zelfstigma]])), 'http://localhost')
    expect(Object.fromEntries(self.searchParams)).toEqual({
      'where[or][0][and][0][stigmaTypes][in][0]': 'self',
      'where[or][1][and][0][themes][in][0]': String(zelfstigma),
    })
  })

  it("the list behind a link holds the cell's documents", async () => {
    const report = await coverageReport(request(editor))
    const href = listHref('/admin', 'interventions', { stigmaType: 'self' }, undefined, report!.themeOfStigmaType)
    const where = Object.fromEntries(new URL(href, 'http://localhost').searchParams)
    const response = await cms.rest('GET', `/interventions?depth=0&draft=true&${new URLSearchParams(where)}`, { token: await editorToken() })
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(rowOf(report, 'self').all.counts.interventions)
  })
})
