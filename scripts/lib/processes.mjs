/** Child processes with prefixed, readable output, and clean shutdown. */
import { spawn } from 'node:child_process'

const children = new Set()

/** Starts a long-running process whose output lines are prefixed with `[name]`. */
export function startProcess(name, command, args, options = {}) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  const prefix = (stream, target) => {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) if (line.trim()) target.write(`[${name}] ${line}\n`)
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  child.on('exit', () => children.delete(child))
  return child
}

/** Runs a command to completion; rejects with its exit code. */
export function runStep(name, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = startProcess(name, command, args, options)
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} stopte met code ${code}`))))
  })
}

/** Stops every child on Ctrl+C or SIGTERM, then exits. */
export function stopChildrenOnExit() {
  const stop = () => {
    for (const child of children) child.kill('SIGTERM')
    setTimeout(() => process.exit(0), 500).unref()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
