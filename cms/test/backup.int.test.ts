/**
 * Backup → restore gives back identical documents, versions, users and
 * uploaded files (issue 12, item 4). On SQLite always; on MongoDB when the
 * suite runs against MONGODB_URL.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@libsql/client'
import { BSON, MongoClient } from 'mongodb'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackup, restoreBackup } from '../src/backup/archive.ts'
import { cmsSettings } from '../src/config/settings.ts'
import { databaseKind, mediaDir, sqliteFile } from '../src/db/location.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'

const run = promisify(execFile)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-backup-test-'))
const media = path.join(work, 'media')
let cms: TestCms
const location = () => ({ databaseUrl: cms.databaseUrl, mediaDir: media })
// A 1×1 PNG, so the upload is a real image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

/** Every row of every table (SQLite) or every document of every collection (MongoDB). */
async function everything(): Promise<Record<string, unknown[]>> {
  if (databaseKind(cms.databaseUrl) === 'mongodb') {
    const client = new MongoClient(cms.databaseUrl)
    await client.connect()
    try {
      const db = client.db()
      const result: Record<string, unknown[]> = {}
      for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
        const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray()
        result[name] = docs.map((doc) => BSON.EJSON.serialize(doc, { relaxed: false }))
      }
      return result
    } finally {
      await client.close()
    }
  }
  const client = createClient({ url: cms.databaseUrl })
  try {
    const { rows: tables } = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    const result: Record<string, unknown[]> = {}
    for (const { name } of tables) {
      const { rows } = await client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`)
      result[String(name)] = rows.map((row) => ({ ...row }))
    }
    return result
  } finally {
    client.close()
  }
}

function filesIn(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {}
  return Object.fromEntries(
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name)
        return [path.relative(folder, file), fs.readFileSync(file).toString('base64')]
      }),
  )
}

beforeAll(async () => {
  cms = await startTestCms('backup', { MEDIA_DIR: media })
  // Documents with versions (a draft, then published, then edited), a user and an upload.
  const theme = await cms.payload.create({ collection: 'themes', data: { name: 'Bewaard', slug: 'bewaard', description: 'Eerste.' }, overrideAccess: true, draft: true })
  await cms.payload.update({ collection: 'themes', id: theme.id, data: { description: 'Gepubliceerd.', _status: 'published' }, overrideAccess: true })
  await cms.payload.update({ collection: 'themes', id: theme.id, data: { description: 'Concept erna.' }, draft: true, overrideAccess: true })
  await cms.payload.create({ collection: 'users', data: { email: 'redactie@example.org', password: 'een-lang-wachtwoord-123', roles: ['editor'] }, overrideAccess: true })
  await cms.payload.create({
    collection: 'media',
    data: { alt: 'Een stip' },
    file: { data: PNG, mimetype: 'image/png', name: 'stip.png', size: PNG.length },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('the media folder is where MEDIA_DIR says', () => {
    expect(mediaDir(cmsSettings({ MEDIA_DIR: media }))).toBe(media)
    expect(Object.keys(filesIn(media))).toContain('stip.png')
  })

  it('a round trip gives back identical documents, versions, users and files', async () => {
    const before = await everything()
    const filesBefore = filesIn(media)
    expect(before.themes?.length).toBeGreaterThan(0)

    const file = path.join(work, 'backup.tar.gz')
    const manifest = await createBackup(location(), file)
    expect(manifest.mediaFiles).toBe(Object.keys(filesBefore).length)

    // Everything changes after the backup: a document deleted, a new one, a file gone.
    const { docs } = await cms.payload.find({ collection: 'themes', overrideAccess: true })
    await cms.payload.delete({ collection: 'themes', id: docs[0]!.id, overrideAccess: true })
    await cms.payload.create({ collection: 'themes', data: { name: 'Na de back-up', slug: 'na-de-back-up', description: 'Weg na herstel.' }, overrideAccess: true })
    fs.rmSync(path.join(media, 'stip.png'))
    expect(await everything()).not.toEqual(before)

    await cms.payload.destroy()
    const safety = path.join(work, 'voor-herstel.tar.gz')
    const restored = await restoreBackup(file, location(), safety)
    expect(restored.manifest.createdAt).toBe(manifest.createdAt)

    expect(await everything()).toEqual(before)
    expect(filesIn(media)).toEqual(filesBefore)

    // The CMS opens the restored database and serves the restored content.
    cms.payload = await getPayload({ config: cms.config, key: `backup-restored-${Date.now()}` })
    const theme = await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'bewaard' } }, overrideAccess: true })
    expect(theme.docs[0]?.description).toBe('Gepubliceerd.')
    expect((await cms.payload.find({ collection: 'themes', where: { slug: { equals: 'na-de-back-up' } }, overrideAccess: true })).totalDocs).toBe(0)

    // What the restore replaced was saved first: restoring that brings the later state back.
    expect(fs.existsSync(safety)).toBe(true)
  })

  it('refuses a file that is not a backup, and changes nothing', async () => {
    const before = await everything()
    const bogus = path.join(work, 'geen-back-up.tar.gz')
    fs.writeFileSync(bogus, 'dit is geen archief')
    await expect(restoreBackup(bogus, location(), path.join(work, 'x.tar.gz'))).rejects.toThrow(/geen-back-up\.tar\.gz kan niet worden uitgepakt/)
    expect(await everything()).toEqual(before)
  })

  it.runIf(databaseKind(process.env.DATABASE_URL) === 'sqlite')('npm run backup writes one file from the command line', async () => {
    const file = path.join(work, 'cli.tar.gz')
    const { stdout } = await run(process.execPath, ['src/scripts/backup.ts', file], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, DATABASE_URL: cms.databaseUrl, MEDIA_DIR: media, INIT_CWD: work },
    })
    expect(stdout).toContain(`Back-up geschreven: ${file}`)
    expect(fs.statSync(file).size).toBeGreaterThan(0)
    expect(fs.existsSync(sqliteFile(cms.databaseUrl))).toBe(true)
  })
})
