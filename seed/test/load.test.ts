import { describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { SeedValidationError, loadSeed } from '../src/index.ts'
import { BAD_INPUTS, seedCopyWith } from './bad-input.ts'

describe('the shipped seed data', () => {
  it('is valid against the schemas, with unique slugs and working relations', () => {
    const data = loadSeed()
    for (const collection of CONTENT_COLLECTIONS) expect(data[collection].length).toBeGreaterThan(0)
  })

  it('holds what the issue asks for at least', () => {
    const data = loadSeed()
    expect(data.interventions.length).toBeGreaterThanOrEqual(12)
    const tables = data.evidence.filter((item) => item.kind === 'survey-table').map((item) => item.kind === 'survey-table' && item.tableNumber)
    expect(tables.sort()).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7'])
    const hoop = data.fragments.find((fragment) => fragment.slug === 'hoop')
    expect(hoop).toMatchObject({ number: 7, title: 'Hoop', durationSeconds: 315, videoUrl: 'https://vimeo.com/372848030' })
    const empowerment = data.activities.find((activity) => activity.slug === 'de-rol-van-empowerment')
    expect(empowerment?.steps).toHaveLength(8)
    expect(empowerment?.durationMinutes).toEqual({ min: 20, max: 25 })
    expect(data.cases.map((item) => item.person)).toContain('Jenny')
  })
})

describe('bad seed input', () => {
  it.each(BAD_INPUTS)('$name is rejected with the file, record and field', ({ file, mutate, expected }) => {
    const dir = seedCopyWith(file, mutate as (records: any[]) => any[])
    let error: unknown
    try {
      loadSeed(dir)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SeedValidationError)
    expect((error as Error).message).toMatch(expected)
    expect((error as Error).message).toMatch(/nothing was imported/)
  })
})
