import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ADDRESSES, DEFAULT_PORTS } from '../src/ports.ts'
import { siteUrlOf } from '../src/routes.ts'

const ROOT = new URL('../..', import.meta.url).pathname
/** Source folders whose settings or start scripts name a default port. */
const SOURCES = ['schemas/src', 'cms/src', 'cms/scripts', 'site/src', 'site/scripts', 'scripts']
const CODE = /\.(ts|tsx|mjs|js|astro)$/

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'migrations') return []
    return statSync(path).isDirectory() ? files(path) : CODE.test(name) ? [path] : []
  })
}

describe('the default ports are defined once (schemas/src/ports.ts)', () => {
  it('are the ports npm start uses: CMS 3000, site 4321, preview 4322', () => {
    expect(DEFAULT_PORTS).toEqual({ cms: 3000, site: 4321, preview: 4322 })
    expect(DEFAULT_ADDRESSES.site).toBe('http://localhost:4321')
    expect(siteUrlOf('activities', 'x')).toBe('http://localhost:4321/werkvormen/x/')
  })

  it('no other source file writes one of them as a default', () => {
    const ports = Object.values(DEFAULT_PORTS).join('|')
    const literal = new RegExp(`localhost:(${ports})\\b|\\bport\\s*(\\(|=|:)\\s*(${ports})\\b|['"](${ports})['"]`, 'i')
    const own = join(ROOT, 'schemas/src/ports.ts')
    const offenders = SOURCES.flatMap((dir) => files(join(ROOT, dir)))
      .filter((file) => file !== own)
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, at: `${relative(ROOT, file)}:${index + 1}` }))
          .filter(({ line }) => literal.test(line) && !/^\s*(\*|\/\/)/.test(line)),
      )
      .map(({ at, line }) => `${at}: ${line.trim()}`)
    expect(offenders).toEqual([])
  })
})
