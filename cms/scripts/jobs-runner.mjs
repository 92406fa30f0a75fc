/**
 * The jobs runner beside Next's development server (src/scripts/run-jobs.ts
 * says why it is a process of its own): started once the server answers,
 * started again when the CMS's code changes (it loads the config once, where
 * Next reloads it), and reported when it stops on its own.
 */
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { findPackageJSON } from 'node:module'
import path from 'node:path'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Where this machine reaches a server listening on `host`: a wildcard as loopback, an IPv6 address in brackets. */
export function localUrl(host, port) {
  const name = !host || host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host
  return `http://${name}:${port}`
}

/** Files the server itself writes under src/ (Payload regenerates the admin's import map): no reason to restart. */
const WRITTEN_BY_THE_SERVER = /importMap\.js$/

/**
 * Starts the runner in `cmsRoot` with `env` once the server on `host`:`port`
 * answers; `onStop(reason)` when it stops on its own. The server creates the
 * tables (its development schema push) and runs the bootstrap; the runner
 * does neither (PAYLOAD_MIGRATING skips the push, run-jobs.ts the bootstrap).
 */
export function startJobsRunner({ cmsRoot, env, host, port, onStop }) {
  const probe = `${localUrl(host, port)}/api/users/me`
  const payloadBin = path.join(path.dirname(findPackageJSON('payload', import.meta.url)), 'bin.js')
  let runner
  let stopped = false
  let restarting = false

  const serverAnswers = async () => {
    try {
      return (await fetch(probe, { signal: AbortSignal.timeout(300_000) })).status < 500
    } catch {
      return false
    }
  }

  async function start() {
    const since = Date.now()
    let pause = 500
    let warned = false
    while (!stopped && !(await serverAnswers())) {
      if (!warned && Date.now() - since > 60_000) {
        console.warn(`De takenrij wacht nog op het CMS (${probe}); site-updates en geplande publicaties volgen zodra het antwoordt.`)
        warned = true
      }
      // A server whose start fails tries again on every request: ask less often.
      await sleep(pause)
      pause = Math.min(pause * 2, 5_000)
    }
    if (stopped) return
    runner = spawn(process.execPath, [payloadBin, 'run', 'src/scripts/run-jobs.ts'], {
      cwd: cmsRoot,
      env: { ...env, PAYLOAD_MIGRATING: 'true' },
      stdio: 'inherit',
    })
    runner.on('exit', (code, signal) => {
      runner = undefined
      if (stopped) return
      if (restarting) {
        restarting = false
        void start()
      } else onStop(signal ? `signaal ${signal}` : `code ${code}`)
    })
  }

  // After a code change the runner would go on with the old collections and hooks; start() asks the server first,
  // which reloads the config and pushes the changed schema before the new runner reads anything.
  let timer
  const watcher = watch(path.join(cmsRoot, 'src'), { recursive: true }, (_event, file) => {
    if (file && WRITTEN_BY_THE_SERVER.test(file)) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (!runner || restarting) return
      console.log('De takenrij start opnieuw met de gewijzigde code.')
      restarting = true
      runner.kill('SIGTERM')
    }, 1_000)
  })

  void start()
  return {
    stop(signal = 'SIGTERM') {
      stopped = true
      watcher.close()
      clearTimeout(timer)
      runner?.kill(signal)
    },
  }
}
