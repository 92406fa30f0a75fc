/**
 * The renderer's fingerprint: a hash of all the code that makes a PDF, so a
 * change to any of it makes every PDF new and the cache never serves a PDF
 * an older renderer made. Which code that is comes from the imports
 * themselves, not from a list: starting at the entry points (generate.ts,
 * and render-worker.ts for the worker threads) every module they import is
 * followed — this folder, the site's view helpers (lib/view/phases.ts and
 * the like), the workspace packages (@toolkit/schemas) — and hashed; an
 * installed package counts by name and version. The font package counts
 * too: its files are read, not imported.
 */
import { createHash } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_PACKAGE } from './fonts.ts'

const PDF_DIR = dirname(fileURLToPath(import.meta.url))
const SITE_DIR = resolve(PDF_DIR, '..', '..')
const ENTRIES = ['generate.ts', 'render-worker.ts'].map((file) => join(PDF_DIR, file))

/** Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and dynamic `import('…')`. */
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g

let pending: Promise<string> | undefined

export function rendererFingerprint(): Promise<string> {
  pending ??= compute()
  return pending
}

async function compute(): Promise<string> {
  return codeFingerprint(ENTRIES, [FONT_PACKAGE])
}

/** The hash of every file reachable from `entries` and of the versions of the packages they import (and of `extraPackages`). */
export async function codeFingerprint(entries: readonly string[], extraPackages: readonly string[] = []): Promise<string> {
  const { files, packages } = await moduleGraph(entries)
  for (const name of extraPackages) packages.add(name)
  const hash = createHash('sha256')
  for (const file of [...files].sort()) {
    hash.update(`${relative(SITE_DIR, file)}\n`)
    hash.update(await readFile(file))
  }
  for (const name of [...packages].sort()) hash.update(`${name}@${await packageVersion(name)}\n`)
  return hash.digest('hex')
}

/** Every source file reachable from `entries` through imports, and the installed packages they import. */
export async function moduleGraph(entries: readonly string[]): Promise<{ files: Set<string>; packages: Set<string> }> {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (files.has(file)) continue
    files.add(file)
    // Comments may quote an import; code does not start a line with `//` or sit inside `/* */`.
    const source = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
    for (const match of source.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2])!
      const target = resolveImport(specifier, file)
      if (target.file) queue.push(target.file)
      else if (target.package) packages.add(target.package)
    }
  }
  return { files, packages }
}

function resolveImport(specifier: string, from: string): { file?: string; package?: string } {
  if (specifier.startsWith('node:') || specifier.startsWith('virtual:')) return {}
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(from), specifier)
    const file = [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => /\.[cm]?[jt]sx?$|\.json$/.test(candidate) && existsSync(candidate))
    if (!file) throw new Error(`PDF-vingerafdruk: import ${specifier} in ${relative(SITE_DIR, from)} niet gevonden`)
    return { file }
  }
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
  let resolved: string
  try {
    resolved = realpathSync(createRequire(from).resolve(specifier))
  } catch {
    // A Node built-in without the prefix, or a package that only resolves for `import` conditions.
    return { package: name }
  }
  // A workspace package (its sources are not installed copies) is code of this repository: followed like the site's own.
  return resolved.includes(`${join('node_modules')}/`) ? { package: name } : { file: resolved }
}

/** A package's version, found from its entry point (not every package exports package.json). */
async function packageVersion(name: string): Promise<string> {
  const require = createRequire(import.meta.url)
  let dir: string
  try {
    dir = dirname(require.resolve(name.startsWith('@fontsource/') ? `${name}/package.json` : name))
  } catch {
    return 'not found'
  }
  for (;;) {
    try {
      const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (manifest.name === name) return manifest.version ?? '?'
    } catch {
      // no package.json at this level
    }
    const parent = dirname(dir)
    if (parent === dir) return '?'
    dir = parent
  }
}
