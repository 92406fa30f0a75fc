/**
 * Issue 21, row 12: docs/DEPLOY.md lists every variable the production CMS
 * reads, in one table, and the ones production cannot start without are
 * marked required. The list of variables comes from the code itself.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolvePreviewSecret } from '@toolkit/schemas/node'
import { cmsSettings } from '../src/config/settings.ts'
import { VARIABLES } from '../src/config/environment.ts'
import { resolveSecret } from '../src/secret.ts'

const CMS = path.resolve(import.meta.dirname, '..')
const REPO = path.resolve(CMS, '..')

/** Set by Node, npm, Next.js or the CMS's own scripts, never by an operator. */
const NOT_FOR_OPERATORS: Record<string, string> = {
  NODE_ENV: 'set by cms/scripts/serve.mjs from its mode',
  INIT_CWD: 'set by npm',
  NEXT_PHASE: 'set by Next.js',
  NEXT_DIST_DIR: 'a second development server in one checkout (tests)',
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name)
    if (!entry.isFile() || !/\.(ts|tsx|mjs)$/.test(entry.name) || /migrations|payload-types|importMap/.test(file)) return []
    return [file]
  })
}

/**
 * Every variable the CMS reads: the settings module's schema (the one place
 * cms/src reads the environment), and what other code reads as
 * process.env.X, env.X or env['X'] (the start scripts, the shared preview
 * secret rule, and anything that slipped past the module).
 */
function variablesInCode(): Set<string> {
  const files = [...sourceFiles(path.join(CMS, 'src')), ...sourceFiles(path.join(CMS, 'scripts')), path.join(CMS, 'next.config.mjs'), path.join(REPO, 'schemas/src/previewToken.ts')]
  const names = new Set<string>(VARIABLES)
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8')
    for (const match of text.matchAll(/\b(?:process\.env|env)(?:\?)?\.([A-Z][A-Z0-9_]+)|\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) names.add((match[1] ?? match[2])!)
  }
  return names
}

/** The rows of the table between the cms-variables markers in docs/DEPLOY.md. */
function documentedRows(): Map<string, { purpose: string; example: string; required: string }> {
  const text = fs.readFileSync(path.join(REPO, 'docs/DEPLOY.md'), 'utf8')
  const table = text.split('<!-- cms-variables:start -->')[1]?.split('<!-- cms-variables:end -->')[0]
  if (!table) throw new Error('docs/DEPLOY.md heeft geen tabel tussen de cms-variables-markeringen')
  const rows = new Map<string, { purpose: string; example: string; required: string }>()
  for (const line of table.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim())
    const name = /^`([A-Z][A-Z0-9_]+)`$/.exec(cells[0] ?? '')?.[1]
    if (!name) continue
    const [, purpose = '', example = '', required = ''] = cells
    rows.set(name, { purpose, example, required })
  }
  return rows
}

describe('row 12: docs/DEPLOY.md lists what the production CMS needs', () => {
  const inCode = [...variablesInCode()].filter((name) => !(name in NOT_FOR_OPERATORS)).sort()
  const rows = documentedRows()

  it('has a row for every variable the code reads', () => {
    expect(inCode.length).toBeGreaterThan(20)
    expect(inCode.filter((name) => !rows.has(name))).toEqual([])
  })

  it('has no row for a variable the code does not read', () => {
    expect([...rows.keys()].filter((name) => !inCode.includes(name))).toEqual([])
  })

  it('gives each a purpose, an example and where it is required', () => {
    for (const [name, row] of rows) {
      expect(row.purpose, name).not.toBe('')
      expect(row.example, name).not.toBe('')
      expect(row.required, name).toMatch(/^(yes|no|when|with|only)\b/)
    }
  })

  it('marks required what production refuses to start without', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-deploy-'))
    try {
      expect(() => resolveSecret(cmsSettings({ NODE_ENV: 'production' }), dir)).toThrow()
      expect(() => resolvePreviewSecret({ NODE_ENV: 'production' }, dir)).toThrow()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
    for (const name of ['PAYLOAD_SECRET', 'PREVIEW_SECRET', 'PAYLOAD_PUBLIC_SERVER_URL']) expect(rows.get(name)?.required, name).toMatch(/^yes/)
  })
})
