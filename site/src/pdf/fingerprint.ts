/**
 * The renderer's fingerprint: a hash of all the code that makes a PDF, so a
 * change to any of it makes every PDF new and the cache never serves a PDF
 * an older renderer made. Which code that is comes from the imports
 * themselves, not from a list: starting at the entry points (generate.ts,
 * and render.ts for the worker threads) every module they import is
 * followed — this folder, the site's view helpers (lib/view/phases.ts and
 * the like), the workspace packages (@toolkit/schemas) — and hashed; an
 * installed package counts by name and version. The font package counts
 * too: its files are read, not imported.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { findPackageJSON, isBuiltin } from 'node:module'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { FONT_PACKAGE } from './fonts.ts'

const PDF_DIR = dirname(fileURLToPath(import.meta.url))
const SITE_DIR = resolve(PDF_DIR, '..', '..')
const ENTRIES = ['generate.ts', 'render.ts'].map((file) => join(PDF_DIR, file))

let pending: Promise<string> | undefined

export function rendererFingerprint(): Promise<string> {
  pending ??= codeFingerprint(ENTRIES, [FONT_PACKAGE])
  return pending
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

/**
 * Every source file reachable from `entries` through imports, and the installed packages they import: esbuild's
 * resolver and parser (a bundle that is never written), so every import form counts as Node and Vite read it. A
 * workspace package (@toolkit/schemas: its sources, not an installed copy) is followed like the site's own code; an
 * installed one counts by name. Every import but `import type` counts: the worker threads run these files through
 * Node's type stripping, which loads an import even when only its types are used.
 */
export async function moduleGraph(entries: readonly string[]): Promise<{ files: Set<string>; packages: Set<string> }> {
  const installed: Plugin = {
    name: 'installed-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async ({ path, kind, resolveDir, pluginData }) => {
        if (pluginData === FOLLOW) return undefined
        if (isBuiltin(path) || path.startsWith('virtual:')) return { path, external: true }
        const resolved = await build.resolve(path, { kind, resolveDir, pluginData: FOLLOW })
        if (resolved.errors.length > 0 || resolved.path.includes(`${sep}node_modules${sep}`)) return { path: packageName(path), external: true }
        return resolved
      })
    },
  }
  const { metafile } = await build({
    entryPoints: [...entries],
    absWorkingDir: SITE_DIR,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    outdir: 'fingerprint',
    logLevel: 'silent',
    // As Node reads the files: only `import type` goes.
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    plugins: [installed],
  })
  const files = new Set(Object.keys(metafile.inputs).map((file) => resolve(SITE_DIR, file)))
  const packages = new Set<string>()
  for (const input of Object.values(metafile.inputs)) {
    for (const { path, external } of input.imports) if (external && /^[^./]/.test(path) && !isBuiltin(path) && !path.startsWith('virtual:')) packages.add(path)
  }
  return { files, packages }
}

/** Marks the resolve the plugin asks esbuild for itself, so it does not answer it again. */
const FOLLOW = Symbol('follow')

/** `pdfkit/js/page` → `pdfkit`, `@fontsource/x/400.css` → `@fontsource/x` */
const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')

/** A package's version, from the package.json at its root as Node's resolver finds it (not every package exports package.json). */
export async function packageVersion(name: string): Promise<string> {
  try {
    return (JSON.parse(await readFile(findPackageJSON(name, import.meta.url)!, 'utf8')) as { version?: string }).version ?? '?'
  } catch {
    return 'not found'
  }
}
