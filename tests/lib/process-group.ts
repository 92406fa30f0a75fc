/**
 * A server the tests start in a process group of its own (`npm start`, a
 * CMS of its own): its output is kept, its exit is noticed the moment it
 * happens (a child that dies is reported at once, not after a time-out),
 * and stop() ends the whole group: `next dev` and the site server are
 * grandchildren that would outlive their parent.
 */
import { spawn } from 'node:child_process'

export type ProcessGroup = {
  /** The group's id (its leader's pid): `ps -o pgid` names its members. */
  id: number
  /** Settles with the leader's exit code when the group's leader exits. */
  exited: Promise<number | null>
  /** Everything the group printed so far (stdout and stderr). */
  output(): string
  /** Resolves when `ready()` answers true; rejects at once when the group exits, or after `timeoutMs`. */
  until(ready: () => Promise<boolean> | boolean, what: string, timeoutMs: number): Promise<void>
  stop(): Promise<void>
}

export function startProcessGroup(script: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ProcessGroup {
  const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  if (process.env.E2E_VERBOSE) {
    child.stdout?.pipe(process.stdout)
    child.stderr?.pipe(process.stderr)
  }
  let exitCode: number | null | undefined
  let stopping = false
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exitCode = code))))
  // A server that stops while the tests still use it says why at once, in the test log: every later test then fails
  // on a refused connection, which tells nothing.
  void exited.then((code) => {
    if (!stopping) process.stderr.write(`\n${script} ${args.join(' ')} stopte onverwacht (code ${code}); de laatste uitvoer:\n${output.slice(-6000)}\n`)
  })

  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name)
    } catch {}
  }
  const stop = async () => {
    stopping = true
    signal('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1_000))])
    // The group, not only the parent: a grandchild may still hold a port after the parent exited.
    signal('SIGKILL')
  }

  const until = async (ready: () => Promise<boolean> | boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs
    const failure = (reason: string) => new Error(`${what} ${reason}:\n${output.slice(-4000)}`)
    const died = exited.then((code) => Promise.reject(failure(`stopte (${code})`)))
    died.catch(() => {})
    while (!(await Promise.race([Promise.resolve(ready()), died]))) {
      if (exitCode !== undefined) throw failure(`stopte (${exitCode})`)
      if (Date.now() > deadline) throw failure('was niet op tijd klaar')
      await Promise.race([new Promise((resolve) => setTimeout(resolve, 500)), died])
    }
  }

  return { id: child.pid!, exited, output: () => output, until, stop }
}
