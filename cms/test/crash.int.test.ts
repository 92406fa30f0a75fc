/**
 * `kill -9` of the CMS during seeding and during a burst of edits (issue 12,
 * item 5): after a restart the database opens, the seed converges, and every
 * write that was acknowledged before the kill is there.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { CONTENT_COLLECTIONS } from '@toolkit/schemas'
import { loadSeed } from '@toolkit/seed'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importSeed } from '../src/seed/importSeed.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const CMS_DIR = path.resolve(import.meta.dirname, '..')
const seed = loadSeed()
let cms: TestCms
let restarts = 0

/** Runs the crash child until `killWhen` says so, then SIGKILLs it; returns what it printed. */
function runAndKill(mode: 'seed' | 'edits', killWhen: (output: string) => boolean): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/crash-child.ts', mode], {
    cwd: CMS_DIR,
    env: { ...process.env, DATABASE_URL: cms.databaseUrl, SEED_ON_START: 'false', SQLITE_BUSY_TIMEOUT_MS: '200' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (killWhen(output)) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL') resolve(output)
      else reject(new Error(`crash-child stopte zelf (${code}) in plaats van gedood te worden:\n${output.slice(-2000)}`))
    })
  })
}

/** This process's CMS, started again on the same database after the crash. */
async function restart() {
  restarts += 1
  cms.payload = await getPayload({ config: cms.config, key: `crash-restart-${restarts}` })
  return cms.payload
}

beforeAll(async () => {
  cms = await startTestCms('crash')
  // The child owns the database while it runs.
  await cms.payload.destroy()
})
afterAll(() => cms?.close())

// Needs the file on disk that a second process can open; MongoDB's durability is the server's.
describe.runIf(process.env.TEST_DATABASE !== 'mongodb')('kill -9 of the CMS', () => {
  it('during seeding: the database opens and the seed converges', async () => {
    // Somewhere in the middle of the import, at a different moment each run. The import makes about 135
    // writes (documents whose relations resolve are created published in one); the kill lands in its first 110.
    const killAfter = 10 + Math.floor(Math.random() * 100)
    const output = await runAndKill('seed', (text) => (text.match(/^WRITE /gm)?.length ?? 0) >= killAfter)
    expect(output).not.toContain('SEEDED')
    const payload = await restart()
    await importSeed(payload, { data: seed })
    const again = await importSeed(payload, { data: seed })
    for (const collection of CONTENT_COLLECTIONS) {
      expect(again[collection]).toEqual({ created: 0, updated: 0, unchanged: seed[collection].length, kept: 0 })
      const published = await payload.count({ collection, where: { _status: { equals: 'published' } }, overrideAccess: true })
      expect(published.totalDocs).toBe(seed[collection].length)
    }
    await payload.destroy()
  }, 180_000)

  it('during a burst of edits: every acknowledged write survives', async () => {
    const output = await runAndKill('edits', (text) => (text.match(/^ACK /gm)?.length ?? 0) >= 25)
    // The blocked write failed (it was not acknowledged).
    expect(output).toMatch(/^BLOCKED (?!stored)/m)
    const acknowledged = [...output.matchAll(/^ACK (\S+)$/gm)].map((match) => match[1]!)
    expect(acknowledged.length).toBeGreaterThanOrEqual(25)
    const payload = await restart()
    const { docs } = await payload.find({
      collection: 'themes',
      where: { slug: { in: acknowledged } },
      pagination: false,
      overrideAccess: true,
    })
    expect(docs.map((doc) => doc.slug).sort()).toEqual([...acknowledged].sort())
    // Acknowledged means complete: each has its published edit.
    for (const doc of docs) expect(doc._status).toBe('published')
    // And the database takes writes again.
    await payload.create({ collection: 'themes', data: { name: 'Na de crash', slug: 'na-de-crash', description: 'Test.' }, overrideAccess: true })
  }, 180_000)
})
