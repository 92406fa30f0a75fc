/**
 * Issue 20: each package reads its settings from the environment in one
 * configuration module (zod over the variables, each default once), and
 * passes the environment on to its children through it: the CMS
 * (cms/src/config/environment.ts), the site (site/src/build/options.ts) and
 * the root start scripts (scripts/lib/settings.mjs). No other source file
 * names `process.env`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SOURCES = ['cms/src', 'cms/scripts', 'cms/next.config.mjs', 'site/src', 'site/scripts', 'site/astro.config.mjs', 'scripts', 'schemas/src', 'seed/src']
const CODE = /\.(ts|tsx|mjs|js|astro)$/

function files(path) {
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && CODE.test(entry.name) && !join(entry.parentPath, entry.name).includes('node_modules'))
      .map((entry) => join(entry.parentPath, entry.name))
  } catch (error) {
    if (error.code === 'ENOTDIR') return [path]
    if (error.code === 'ENOENT') return []
    throw error
  }
}

describe('the environment is read in one configuration module per package', () => {
  it('names process.env only in the CMS’s, the site’s and the start scripts’ settings', () => {
    const readers = SOURCES.flatMap((source) => files(join(ROOT, source)))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file))
      .sort()
    expect(readers).toEqual(['cms/src/config/environment.ts', 'scripts/lib/settings.mjs', 'site/src/build/options.ts'])
  })
})
