import { describe, expect, it } from 'vitest'
import { csvField, surveyTableCsv } from '../src/lib/view/csv.ts'

describe('CSV', () => {
  it('quotes fields with separators, quotes or line breaks', () => {
    expect(csvField('gewoon')).toBe('gewoon')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('zei "hoi"')).toBe('"zei ""hoi"""')
    expect(csvField('regel\nnog een')).toBe('"regel\nnog een"')
  })

  it('writes numbers with a decimal comma', () => {
    expect(csvField(22.3)).toBe('22,3')
    expect(csvField(17)).toBe('17')
  })

  it('exports a survey table with BOM, header and rows as printed', () => {
    const csv = surveyTableCsv({
      rows: [
        { label: 'Terughoudend zijn met psychiatrische labels', n: 213, percent: 34 },
        { label: 'Anders; namelijk', n: 53, percent: 8 },
      ],
    })
    expect(csv).toBe(
      '\uFEFFantwoord;n;percentage\r\nTerughoudend zijn met psychiatrische labels;213;34\r\n"Anders; namelijk";53;8\r\n',
    )
  })
})
