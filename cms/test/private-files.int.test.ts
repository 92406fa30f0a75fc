/**
 * Issue 21, row 10: the database (password hashes, sessions, drafts) and its
 * backups are readable by the CMS's own user only.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup } from '../src/backup/archive.ts'
import { sqliteFile } from '../src/db/location.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const mode = (file: string) => fs.statSync(file).mode & 0o777
let cms: TestCms

beforeAll(async () => {
  // Files are created as the process's umask allows; the usual 022 made them 0644.
  process.umask(0o022)
  cms = await startTestCms('private-files')
  await cms.payload.create({ collection: 'users', data: { email: 'beheer@example.org', password: 'Geheim-wachtwoord-beheer-10', roles: ['admin'] }, overrideAccess: true })
})
afterAll(() => cms?.close())

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('row 10: private files', () => {
  it('the SQLite database and its write-ahead log are 0600', () => {
    const file = sqliteFile(cms.databaseUrl)
    expect(mode(file).toString(8)).toBe('600')
    for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) expect(mode(file + suffix).toString(8)).toBe('600')
  })

  it('a backup is 0600, in a folder the CMS creates as 0700', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-private-'))
    try {
      const target = path.join(dir, 'backups', 'toolkit.tar.gz')
      await createBackup({ databaseUrl: cms.databaseUrl, mediaDir: path.join(dir, 'geen-media') }, target)
      expect(mode(target).toString(8)).toBe('600')
      expect(mode(path.dirname(target)).toString(8)).toBe('700')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
