import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleTreeRss } from '../rss.mjs'

describe('peak memory of a process tree', () => {
  let dir
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('names the processes at the peak, largest first, so a report can say what made it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-rss-'))
    // A parent that starts a child holding about 100 MB for a second.
    await writeFile(join(dir, 'holder.mjs'), "const held = Buffer.alloc(100e6, 1); setTimeout(() => held.length, 1500)\n")
    await writeFile(join(dir, 'parent.mjs'), `import { spawn } from 'node:child_process'\nspawn(process.execPath, [${JSON.stringify(join(dir, 'holder.mjs'))}], { stdio: 'inherit' })\n`)
    const parent = spawn(process.execPath, [join(dir, 'parent.mjs')], { stdio: 'ignore' })
    const memory = sampleTreeRss(parent.pid, 50)
    await new Promise((resolve) => parent.on('exit', resolve))
    const peakMb = await memory.stop()
    const processes = memory.atPeak()
    expect(processes[0]).toMatchObject({ command: 'node holder.mjs' })
    expect(processes[0].mb).toBeGreaterThanOrEqual(100)
    expect(processes.map((process) => process.command)).toContain('node parent.mjs')
    expect(peakMb).toBeGreaterThanOrEqual(processes[0].mb)
  })
})
