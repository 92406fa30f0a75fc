import type { Published, SurveyTable } from '@toolkit/schemas'
import { describe, expect, it } from 'vitest'
import { compareTables, normaliseLabel } from '../src/lib/view/compare.ts'
import { fixtureContent } from './helpers.ts'

const content = fixtureContent()
const clients = content.find('evidence', 'tabel-4-5') as Published<SurveyTable>
const professionals = content.find('evidence', 'tabel-5-7') as Published<SurveyTable>

describe('comparing clients and professionals', () => {
  it('pairs only answers with the same wording, clients first', () => {
    const comparison = compareTables(professionals, clients)!
    expect(comparison.clients.slug).toBe('tabel-4-5')
    expect(comparison.paired.map((row) => [row.label, row.clients.percent, row.professionals.percent])).toEqual([
      ['Meer openheid bij hulpverleners over hun eigen psychische klachten', 17, 21],
      ['Terughoudend zijn met psychiatrische labels', 34, 31],
      ['Herstelgericht werken, gericht op het versterken van eigen regie van cliënten', 28, 41],
      ['Meer aandacht voor destigmatisering in het beleid van de organisatie', 15, 14],
      ['Anders, namelijk…', 8, 2],
    ])
  })

  it('lists the answers that could not be paired, per group', () => {
    const comparison = compareTables(clients, professionals)!
    expect(comparison.onlyClients).toHaveLength(clients.rows.length - 5)
    expect(comparison.onlyProfessionals).toHaveLength(professionals.rows.length - 5)
    expect(comparison.onlyClients.map((row) => row.label)).toContain('Een meer gewone kijk op psychische klachten (het kan iedereen overkomen)')
  })

  it('does not compare two tables of the same population', () => {
    expect(compareTables(clients, clients)).toBeUndefined()
  })

  it('ignores case, spacing and trailing punctuation when matching', () => {
    expect(normaliseLabel('Anders,  namelijk…')).toBe(normaliseLabel('anders, namelijk:'))
  })
})
