#!/usr/bin/env node
/**
 * Starts the CMS: `serve.mjs dev` (next dev, local default) or `serve.mjs
 * start` (next start on a production build). Checks the secret first, so
 * production refuses to start on a missing or default PAYLOAD_SECRET (or a
 * missing or short PREVIEW_SECRET) with a
 * clear message instead of failing on the first request.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PreviewSecretError, resolvePreviewSecret } from '@toolkit/schemas/node'
import { TIMEZONE } from '../src/admin/dutch.ts'
import { ConfigError, childEnvironment, cmsSettings } from '../src/config/settings.ts'
import { resolveSecret, SecretError } from '../src/secret.ts'
import { startJobsRunner } from './jobs-runner.mjs'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// TZ: Payload formats a few dates on the server without a time zone (the version view's breadcrumb, its restore dialog);
// with the server's clock in the admin's zone they read as every other date in the admin (admin/dutch.ts).
const env = childEnvironment({ NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: mode === 'start' ? 'production' : 'development', TZ: TIMEZONE })

let settings
try {
  // Every variable checked before Next.js starts: a wrong one is named here (src/config/environment.ts).
  settings = cmsSettings(env)
  resolveSecret(settings, path.join(cmsRoot, 'data'))
  // The draft-preview tokens' secret, shared with the site's preview server (src/preview/settings.ts).
  resolvePreviewSecret(env, path.join(cmsRoot, 'data'))
} catch (error) {
  if (error instanceof SecretError || error instanceof PreviewSecretError || error instanceof ConfigError) {
    console.error(`Het CMS start niet: ${error.message}`)
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
let stopSignalled = false
const runner = jobsApart
  ? startJobsRunner({
      cmsRoot,
      env,
      host: settings.cms.host,
      port: settings.cms.port,
      onStop: (reason) => {
        console.error(`Het CMS stopt: de takenrij (site-updates, geplande publicaties) stopte onverwacht (${reason}).`)
        process.exitCode = 1
        child.kill('SIGTERM')
      },
    })
  : undefined
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopSignalled = true
    runner?.stop(signal)
    child.kill(signal)
  })
}
child.on('exit', (code, signal) => {
  runner?.stop()
  // A server killed by a signal nobody sent on purpose (out of memory) is a failure too.
  process.exit(process.exitCode || code || (signal && !stopSignalled ? 1 : 0))
})
