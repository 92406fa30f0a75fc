import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { compileRules, headersFor, patternToRegExp } from '../scripts/headers-rules.mjs'
import { serveFolder, type ServedFolder } from './serve-helpers.ts'

describe('_headers patterns', () => {
  it('matches a splat across segments and a placeholder within one', () => {
    expect(patternToRegExp('/embed/*').test('/embed/werkvormen/x/')).toBe(true)
    expect(patternToRegExp('/embed/*').test('/embed/')).toBe(true)
    expect(patternToRegExp('/:section/x/').test('/werkvormen/x/')).toBe(true)
    expect(patternToRegExp('/:section/x/').test('/a/b/x/')).toBe(false)
  })

  it('matches nothing but the pattern: /embed/* is not /embed.js, dots are literal', () => {
    expect(patternToRegExp('/embed/*').test('/embed.js')).toBe(false)
    expect(patternToRegExp('/embed/*').test('/embed')).toBe(false)
    expect(patternToRegExp('/index.html').test('/indexxhtml')).toBe(false)
    expect(patternToRegExp('/').test('/werkvormen/')).toBe(false)
  })

  it('applies every matching rule and joins a header set twice, as hosts do', () => {
    const rules = compileRules([
      { for: '/*', values: { 'X-A': 'een', Vary: 'Accept' } },
      { for: '/pdf/*', values: { 'X-B': 'twee', vary: 'Origin' } },
    ])
    expect(headersFor(rules, '/pdf/x.pdf')).toEqual({ 'X-A': 'een', Vary: 'Accept, Origin', 'X-B': 'twee' })
    expect(headersFor(rules, '/x/')).toEqual({ 'X-A': 'een', Vary: 'Accept' })
  })
})

describe('the server applies any _headers file, knowing no header itself', () => {
  let root: string
  let served: ServedFolder | undefined
  let origin: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'site-headers-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>')
    writeFileSync(join(root, 'rapport.pdf'), '%PDF-1.7\n')
    writeFileSync(
      join(root, '_headers'),
      [
        '# een opmerking',
        '/*',
        '  X-Overal: ja',
        '',
        '/*.pdf',
        '  X-Soort: pdf',
        '  X-Overal: ook',
        '',
        '/',
        '  X-Thuis: 1',
        '  Cache-Control: max-age=60',
      ].join('\n'),
    )
    served = await serveFolder(root)
    origin = served.origin
  })

  afterAll(() => served?.close())

  it('sends the rules that match, and only those', async () => {
    const home = await fetch(`${origin}/`)
    expect(home.headers.get('x-overal')).toBe('ja')
    expect(home.headers.get('x-thuis')).toBe('1')
    expect(home.headers.get('cache-control')).toBe('max-age=60')
    expect(home.headers.get('x-soort')).toBeNull()
    // None of the site's own policy is hard-coded in the server.
    expect(home.headers.get('content-security-policy')).toBeNull()
    expect(home.headers.get('x-frame-options')).toBeNull()
    const pdf = await fetch(`${origin}/rapport.pdf`)
    expect(pdf.headers.get('x-soort')).toBe('pdf')
    expect(pdf.headers.get('x-overal')).toBe('ja, ook')
    expect(pdf.headers.get('x-thuis')).toBeNull()
    const missing = await fetch(`${origin}/bestaat-niet.pdf`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('x-soort')).toBe('pdf')
  })
})
