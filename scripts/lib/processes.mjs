/** Child processes with prefixed, readable output, and clean shutdown. */
import { spawn } from 'node:child_process'

const children = new Set()
/** Set once this process stops its children on purpose, so their exits are no surprise. */
let stopping = false
/** Children stopped one by one on purpose (stopProcess), whose exits are no surprise either. */
const stoppedOnPurpose = new WeakSet()
/** Children started with `detached: true`: they lead a process group of their own. */
const groupLeaders = new WeakSet()
/** The last lines each child printed, to say why it stopped. */
const lastLines = new WeakMap()
const KEPT_LINES = 25

/**
 * Starts a long-running process whose output lines are prefixed with `[name]`.
 * `options.echo(line)` chooses the lines that are shown (default: all; a site
 * build at 10,000 documents prints a line per page); all are kept for errors.
 */
export function startProcess(name, command, args, { echo = () => true, ...options } = {}) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  if (options.detached) groupLeaders.add(child)
  const kept = []
  lastLines.set(child, kept)
  const prefix = (stream, target) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) {
        if (!line.trim()) continue
        if (echo(line)) target.write(`[${name}] ${line}\n`)
        kept.push(line)
        if (kept.length > KEPT_LINES) kept.shift()
      }
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  child.on('exit', () => children.delete(child))
  return child
}

/**
 * Rejects as soon as a process that should keep running stops, with the
 * reason it printed (port in use, another dev server, a missing secret), so
 * nobody waits for a timeout on a process that is already gone.
 */
export function whenStopped(name, child) {
  return new Promise((_resolve, reject) => {
    const fail = (reason) => {
      if (stopping || stoppedOnPurpose.has(child)) return
      const output = (lastLines.get(child) ?? []).join('\n')
      reject(new Error(`${name} stopte onverwacht (${reason}).${output ? `\nLaatste uitvoer:\n${output}` : ''}`))
    }
    child.on('error', (error) => fail(error.message))
    child.on('exit', (code, signal) => fail(signal ? `signaal ${signal}` : `code ${code}`))
  })
}

/**
 * Settles once `child` prints a line matching `pattern`: a server's own "listening" line, which holds whatever
 * address it listens on (HOST) and cannot come from another process on the port. Pair it with whenStopped.
 */
export function untilPrints(child, pattern) {
  return new Promise((resolve) => {
    let text = ''
    const listen = (chunk) => {
      text += chunk
      if (!pattern.test(text)) return
      child.stdout.off('data', listen)
      resolve()
    }
    child.stdout.on('data', listen)
  })
}

/** Runs a command to completion; rejects with its exit code. */
export function runStep(name, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = startProcess(name, command, args, options)
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} stopte met code ${code}`))))
  })
}

/**
 * Sends `signal` to a child and, when it was started detached, to its whole
 * process group: `next start` behind a wrapper script leaves servers running
 * when only the wrapper is told to stop. Synchronous, so it works in an
 * `exit` handler too.
 */
function signalChild(child, signal) {
  try {
    // The group can outlive its leader (the wrapper exited, the server did not).
    if (groupLeaders.has(child)) process.kill(-child.pid, signal)
    else if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  } catch {
    // Already gone.
  }
}

/** Stops one child (and its process group), without its exit counting as unexpected. */
export function stopProcess(child, signal = 'SIGTERM') {
  stoppedOnPurpose.add(child)
  signalChild(child, signal)
}

/** Stops every child (SIGTERM), with the process groups of detached ones. */
export function stopChildren() {
  stopping = true
  for (const child of children) signalChild(child, 'SIGTERM')
}

/** Stops every child on Ctrl+C or SIGTERM, then exits. */
export function stopChildrenOnExit() {
  const stop = () => {
    stopChildren()
    setTimeout(() => process.exit(0), 500).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
