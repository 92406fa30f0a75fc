/**
 * The fingerprint of everything besides the content that decides what the
 * site looks like: the site's source, public files and scripts, the schemas
 * package, the installed packages (the lockfile), Node's version and the
 * settings that change the output. When it differs from the previous
 * build's, the build is full: no page fingerprint covers code.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { filesUnder } from './assets.ts'
import { siteSettings } from './options.ts'

const SITE_DIR = fileURLToPath(new URL('../../', import.meta.url))
const require = createRequire(import.meta.url)
/** `env`: the environment to take the settings from (default the process's, options.ts). */
export async function codeHash(env?: Record<string, string | undefined>, siteDir = SITE_DIR): Promise<string> {
  const hash = createHash('sha256')
  const roots = [join(siteDir, 'src'), join(siteDir, 'public'), join(siteDir, 'scripts'), dirname(require.resolve('@toolkit/schemas'))]
  const files = [
    join(siteDir, 'astro.config.ts'),
    join(siteDir, 'package.json'),
    join(siteDir, '..', 'package-lock.json'),
    ...(await Promise.all(roots.map(filesUnder))).flat(),
  ]
  for (const file of files) {
    hash.update(`${relative(siteDir, file)}\n`)
    hash.update(await readFile(file).catch(() => Buffer.from('(ontbreekt)')))
  }
  hash.update(`node ${process.version}\n`)
  // The settings that change what the build writes (pages, PDFs, headers).
  const { siteUrl, base, embedAllowedOrigins, cmsUrl, cmsPublicUrl } = siteSettings(env)
  for (const [name, value] of Object.entries({ siteUrl, base, embedAllowedOrigins, cmsUrl, cmsPublicUrl })) hash.update(`${name}=${value}\n`)
  return hash.digest('base64url').slice(0, 22)
}
