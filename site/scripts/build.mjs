#!/usr/bin/env node
/**
 * `npm run build`: builds the static site (astro build, which also writes
 * the Pagefind index) into a fresh folder next to the output folder, then
 * swaps it in. A server reading dist/ (scripts/serve.mjs) keeps serving the
 * previous site during a rebuild, and keeps it if the build fails (for
 * instance on invalid content).
 *
 * Environment: CONTENT_SNAPSHOT or CMS_URL (content), SITE_BASE (sub-path),
 * SITE_OUT_DIR (output folder, default dist/).
 */
import { spawn } from 'node:child_process'
import { rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const siteDir = fileURLToPath(new URL('..', import.meta.url))
const target = resolve(siteDir, process.env.SITE_OUT_DIR ?? 'dist')
const next = `${target}.next`
const previous = `${target}.old`
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs')

await rm(next, { recursive: true, force: true })
const code = await new Promise((resolvePromise) => {
  const child = spawn(process.execPath, [astro, 'build'], {
    cwd: siteDir,
    stdio: 'inherit',
    env: { ...process.env, SITE_OUT_DIR: next, ASTRO_TELEMETRY_DISABLED: '1' },
  })
  child.on('exit', (exitCode, signal) => resolvePromise(exitCode ?? (signal ? 1 : 0)))
})
if (code !== 0) {
  await rm(next, { recursive: true, force: true })
  console.error(`Site niet gebouwd (code ${code}); ${target} is ongewijzigd.`)
  process.exit(code)
}
await rm(previous, { recursive: true, force: true })
await rename(target, previous).catch((error) => {
  if (error.code !== 'ENOENT') throw error
})
await rename(next, target)
await rm(previous, { recursive: true, force: true })
console.log(`Site geschreven naar ${target}`)
