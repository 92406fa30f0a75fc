import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { create } from 'fontkit'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../src/build/hash.ts'
import { FONT_FILES, fontDir } from '../src/pdf/fonts.ts'
import { formatBytes } from '../src/pdf/format-bytes.ts'
import { pageUrlOf, pdfFileOf } from '../src/pdf/jobs.ts'
import { woffToSfnt } from '../src/pdf/woff.ts'

describe('PDF helpers', () => {
  it('formats sizes the Dutch way', () => {
    expect(formatBytes(123_456)).toBe('123 kB')
    expect(formatBytes(300)).toBe('1 kB')
    expect(formatBytes(1_234_567)).toBe('1,2 MB')
  })

  it('builds page addresses with the base path and PDF paths per collection', () => {
    expect(pageUrlOf({ origin: 'https://x.test/', base: '/toolkit/' }, 'fragments', 'hoop')).toBe('https://x.test/toolkit/filmfragmenten/hoop/')
    expect(pageUrlOf({ origin: 'http://localhost:4321', base: '/' }, 'productions', 'bij-nader-inzien')).toBe('http://localhost:4321/impactproducties/bij-nader-inzien/')
    expect(pdfFileOf('evidence', 'tabel-4-1')).toBe('pdf/evidence/tabel-4-1.pdf')
  })

  it('serialises JSON canonically: key order does not matter, array order does', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }))
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]))
    // What JSON.stringify writes, with the keys sorted: dates as text, undefined left out (or null in a list).
    expect(canonicalJson({ b: [{ y: 1, x: undefined }, undefined], a: new Date(0), c: null })).toBe('{"a":"1970-01-01T00:00:00.000Z","b":[{"y":1},null],"c":null}')
    expect(canonicalJson(JSON.parse('{"b":1,"__proto__":{"a":2}}'))).toBe('{"__proto__":{"a":2},"b":1}')
  })

  it('unpacks the WOFF fonts into TrueType with the same glyphs', () => {
    for (const file of Object.values(FONT_FILES)) {
      const woff = readFileSync(join(fontDir(), file))
      const ttf = woffToSfnt(woff)
      expect(ttf.readUInt32BE(0)).toBe(0x00010000)
      const fromWoff = create(woff) as { numGlyphs: number }
      const fromTtf = create(ttf) as { numGlyphs: number; familyName: string }
      expect(fromTtf.numGlyphs).toBe(fromWoff.numGlyphs)
      expect(fromTtf.familyName).toBe('Atkinson Hyperlegible')
    }
  })
})
