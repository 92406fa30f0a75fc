/**
 * The renderer's fingerprint: a hash of everything besides the job that
 * decides what a PDF looks like — this folder's code, the vocabularies and
 * source list it prints labels from, the site's formatting helpers, and the
 * versions of pdfkit, qrcode and the font. Changing any of them makes every
 * PDF new; nobody has to remember to bump a version number.
 */
import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_PACKAGE } from './fonts.ts'

const require = createRequire(import.meta.url)
const PDF_DIR = dirname(fileURLToPath(import.meta.url))
/** Site modules the renderers import from outside this folder. */
const SITE_HELPERS = ['../lib/view/format.ts', '../lib/routes.ts'].map((path) => join(PDF_DIR, path))
const PACKAGES = ['pdfkit', 'qrcode', 'fontkit', FONT_PACKAGE]

let pending: Promise<string> | undefined

export function rendererFingerprint(): Promise<string> {
  pending ??= compute()
  return pending
}

async function compute(): Promise<string> {
  const hash = createHash('sha256')
  const schemasDir = dirname(require.resolve('@toolkit/schemas'))
  const files = [...(await sourceFiles(PDF_DIR)), ...(await sourceFiles(schemasDir)), ...SITE_HELPERS]
  for (const file of files) {
    hash.update(`${file.slice(file.lastIndexOf('/src/'))}\n`)
    hash.update(await readFile(file))
  }
  for (const name of PACKAGES) hash.update(`${name}@${await packageVersion(name)}\n`)
  return hash.digest('hex')
}

/** TypeScript files of a folder and its subfolders, sorted, without tests or type declarations. */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries
    .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.d.ts') && !entry.includes('.test.'))
    .map((entry) => join(dir, entry))
    .sort()
}

/** A package's version, found from its entry point (not every package exports package.json). */
async function packageVersion(name: string): Promise<string> {
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
