import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { encodedPathOf, parseRequestPath, pathOf } from '../scripts/request-path.mjs'

describe('request paths', () => {
  it('decodes segments, drops empty ones and keeps the trailing slash and query', () => {
    expect(parseRequestPath('/toolkit//werkvormen/?thema=hoop')).toEqual({ segments: ['toolkit', 'werkvormen'], slash: true, search: '?thema=hoop' })
    expect(parseRequestPath('//evil.example')).toEqual({ segments: ['evil.example'], slash: false, search: '' })
    expect(parseRequestPath('/caf%C3%A9')!.segments).toEqual(['café'])
    expect(parseRequestPath('/')).toEqual({ segments: [], slash: false, search: '' })
  })

  it.each([
    '/..', '/a/../b', '/%2e%2e/b', '/%2E%2e/b', '/./a', '/%2e/a', '/..%2fb', '/a%2Fb', '/%2F%2Fevil.example',
    '/\\evil.example', '/a\\..\\b', '/%5Cevil.example', '/a%00.html', '/%0d%0aSet-Cookie:x', '/.env', '/%', 'evil.example',
  ])('refuses %j', (target) => {
    expect(parseRequestPath(target)).toBeUndefined()
  })

  it('allows /.well-known/', () => {
    expect(parseRequestPath('/.well-known/security.txt')!.segments).toEqual(['.well-known', 'security.txt'])
  })

  it('builds same-origin paths only, encoding every segment', () => {
    expect(encodedPathOf(['toolkit', 'werkvormen'], true)).toBe('/toolkit/werkvormen/')
    expect(encodedPathOf([])).toBe('/')
    expect(encodedPathOf(['a b', 'c?d#e'])).toBe('/a%20b/c%3Fd%23e')
    expect(() => encodedPathOf(['', 'evil.example'])).toThrow()
    expect(pathOf(['a', 'b'], true)).toBe('/a/b/')
  })

  it('percent-encodes anything in the query that could not stand in a header', () => {
    expect(parseRequestPath('/a?x=1 2\t')!.search).toBe('?x=1%202%09')
  })
})
