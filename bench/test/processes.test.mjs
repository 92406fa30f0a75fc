/**
 * The benchmarks start servers (`next start` behind a wrapper) that must not
 * outlive them: scripts/lib/processes.mjs stops a detached child with its
 * whole process group, and notices at once when a server stops unasked.
 */
import { describe, expect, it, vi } from 'vitest'
import { startProcess, stopProcess, whenStopped } from '../../scripts/lib/processes.mjs'

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A shell (the wrapper) that starts a long-running grandchild (the server) and waits for it. */
function wrapperWithServer() {
  const child = startProcess('test', 'sh', ['-c', 'sleep 60 & echo $!; wait'], { detached: true })
  const grandchild = new Promise((resolve) => child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim()))))
  return { child, grandchild }
}

describe('scripts/lib/processes.mjs', () => {
  it('stopProcess stops a detached child together with what it started', async () => {
    const { child, grandchild } = wrapperWithServer()
    const server = await grandchild
    expect(alive(server)).toBe(true)
    stopProcess(child)
    await vi.waitFor(() => expect(alive(server)).toBe(false), { timeout: 5_000 })
    await vi.waitFor(() => expect(child.exitCode !== null || child.signalCode !== null).toBe(true), { timeout: 5_000 })
  })

  it('a child stopped on purpose does not count as stopping unexpectedly', async () => {
    const { child, grandchild } = wrapperWithServer()
    await grandchild
    const stopped = whenStopped('De testserver', child)
    const exit = new Promise((resolve) => child.once('exit', resolve))
    stopProcess(child)
    await exit
    // whenStopped listened first, so a rejection would already be settled here.
    await expect(Promise.race([stopped, Promise.resolve('niet afgewezen')])).resolves.toBe('niet afgewezen')
  })

  it('a child that exits unasked is reported at once, with its last output', async () => {
    const child = startProcess('test', 'sh', ['-c', 'echo poort al in gebruik; exit 3'], { detached: true })
    await expect(whenStopped('De testserver', child)).rejects.toThrow(/De testserver stopte onverwacht \(code 3\)[\s\S]*poort al in gebruik/)
  })
})
