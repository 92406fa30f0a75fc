#!/usr/bin/env node
/**
 * Starts the CMS: `serve.mjs dev` (next dev, local default) or `serve.mjs
 * start` (next start on a production build). Checks the secret first, so
 * production refuses to start on a missing or default PAYLOAD_SECRET (or a
 * missing or short PREVIEW_SECRET) with a
 * clear message instead of failing on the first request.
 */
import { spawn } from 'node:child_process'
import { findPackageJSON } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PreviewSecretError, resolvePreviewSecret } from '@toolkit/schemas/node'
import { ConfigError, childEnvironment, cmsSettings } from '../src/config/settings.ts'
import { resolveSecret, SecretError } from '../src/secret.ts'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const env = childEnvironment({ NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: mode === 'start' ? 'production' : 'development' })

let settings
try {
  // Every variable checked before Next.js starts: a wrong one is named here (src/config/environment.ts).
  settings = cmsSettings(env)
  resolveSecret(settings, path.join(cmsRoot, 'data'))
  // The draft-preview tokens' secret, shared with the site's preview server (src/preview/settings.ts).
  resolvePreviewSecret(env, path.join(cmsRoot, 'data'))
} catch (error) {
  if (error instanceof SecretError || error instanceof PreviewSecretError || error instanceof ConfigError) {
    console.error(`De CMS start niet: ${error.message}`)
    process.exit(1)
  }
  throw error
}

// In development the jobs queue runs in a process of its own (src/scripts/run-jobs.ts says why); production keeps it in the server.
const jobsApart = mode === 'dev' && settings.publishing.jobsAutorun

// Next.js in a server of our own, which records the socket's address (server.mjs), told the mode as its argument.
const child = spawn(process.execPath, [path.join(cmsRoot, 'scripts', 'server.mjs'), mode], {
  cwd: cmsRoot,
  env: { ...env, PORT: String(settings.cms.port), ...(jobsApart ? { JOBS_AUTORUN: 'false' } : {}) },
  stdio: 'inherit',
})
const children = [child]
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true
    for (const each of children) each.kill(signal)
  })
}
child.on('exit', (code) => {
  stopping = true
  for (const each of children) each.kill('SIGTERM')
  process.exit(code ?? (process.exitCode || 0))
})
if (jobsApart) startJobsRunner()

/** Whether the server answers: Payload has connected, pushed its development schema and run its bootstrap. */
async function serverAnswers() {
  try {
    const response = await fetch(`http://${settings.cms.host || '127.0.0.1'}:${settings.cms.port}/api/users/me`, { signal: AbortSignal.timeout(300_000) })
    return response.status < 500
  } catch {
    return false
  }
}

/** Starts the jobs runner once the server answers; should it stop, the CMS stops with it, saying so (nothing would publish). */
async function startJobsRunner() {
  while (!stopping && !(await serverAnswers())) await new Promise((resolve) => setTimeout(resolve, 500))
  if (stopping) return
  const payloadBin = path.join(path.dirname(findPackageJSON('payload', import.meta.url)), 'bin.js')
  const runner = spawn(process.execPath, [payloadBin, 'run', 'src/scripts/run-jobs.ts'], { cwd: cmsRoot, env, stdio: 'inherit' })
  children.push(runner)
  runner.on('exit', (code, signal) => {
    if (stopping) return
    console.error(`De CMS stopt: de takenrij (site-updates, geplande publicaties) stopte onverwacht (${signal ? `signaal ${signal}` : `code ${code}`}).`)
    stopping = true
    child.kill('SIGTERM')
    process.exitCode = 1
  })
}
