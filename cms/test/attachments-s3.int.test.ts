/**
 * Attachments on S3-compatible object storage (issue 18): with S3_BUCKET set
 * the CMS keeps uploads in the bucket (@payloadcms/storage-s3), not on local
 * disk, and still serves them through its own file route, so the read rules
 * hold: a draft's file stays with the editors. The bucket is a local
 * S3-compatible server (s3rver) this test starts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addEditor, startTestCms, type TestCms } from './helpers/cms.ts'
import { pdf, uploadForm, type Upload } from './helpers/attachmentFiles.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

const BUCKET = 'toolkit-bijlagen'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-s3-'))
const bucketDir = path.join(work, 'bucket')
const mediaDir = path.join(work, 'media')

let s3: S3rver
let cms: TestCms
let editor: string

/** Object keys in the bucket, as the S3 server stores them on its own disk. */
function objectKeys(): string[] {
  const root = path.join(bucketDir, BUCKET)
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('._S3rver_metadata.json') && !entry.name.endsWith('._S3rver_object.md5'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).replace(/\._S3rver_object$/, ''))
}

const upload = (file: Upload, data?: Record<string, unknown>) => cms.rest('POST', '/attachments', { token: editor, form: uploadForm(file, data) })

beforeAll(async () => {
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: bucketDir, configureBuckets: [{ name: BUCKET, configs: [] }] })
  const { port } = (await s3.run()) as { port: number }
  cms = await startTestCms('attachments-s3', {
    MEDIA_DIR: mediaDir,
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'eu-west-1',
    // s3rver's fixed credentials.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  })
  editor = await addEditor(cms)
})
afterAll(async () => {
  await cms?.close()
  await s3?.close()
  for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete process.env[name]
  fs.rmSync(work, { recursive: true, force: true })
})

describe('attachments in an S3-compatible bucket', () => {
  it('stores an upload in the bucket, not on disk, and serves it only once a published item links to it', async () => {
    const bytes = pdf()
    const response = await upload({ bytes, name: 'dias-s3.pdf', type: 'application/pdf' }, { title: "Dia's bij de werkvorm", kind: 'slides' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; filename: string; url: string } }
    expect(objectKeys()).toEqual([`attachments/${doc.filename}`])
    expect(fs.existsSync(path.join(mediaDir, 'attachments', doc.filename))).toBe(false)
    // The address the site links to: the CMS's own file route (which checks access), naming the key's prefix.
    expect(doc.url).toBe(`http://localhost:3000/api/attachments/file/${doc.filename}?prefix=attachments`)
    const linked = doc.url.replace('http://localhost:3000/api', '')

    // Linked from a draft only: the bucket's file stays with the editors.
    const { theme, production } = await makeFixtures(cms.payload)
    const activity = await cms.payload.create({
      collection: 'activities',
      data: { ...validDocument('activities', 's3-werkvorm', { theme: theme.id, production: production.id }), attachments: [doc.id] },
      draft: true,
      overrideAccess: true,
    })
    expect((await cms.rest('GET', `/attachments/file/${doc.filename}`)).status).toBe(403)
    const asEditor = await cms.rest('GET', `/attachments/file/${doc.filename}`, { token: editor })
    expect(asEditor.status).toBe(200)
    expect(Buffer.from(await asEditor.arrayBuffer()).equals(bytes)).toBe(true)

    await cms.payload.update({ collection: 'activities', id: activity.id, data: { _status: 'published' }, overrideAccess: true })
    const asVisitor = await cms.rest('GET', linked)
    expect(asVisitor.status).toBe(200)
    expect(Buffer.from(await asVisitor.arrayBuffer()).equals(bytes)).toBe(true)
  })

  it('writes nothing to the bucket for a refused upload', async () => {
    const before = objectKeys()
    const response = await upload({ bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: 'dia.png', type: 'image/png' })
    expect(response.status).toBe(400)
    expect(objectKeys()).toEqual(before)
  })

  it('removes the file from the bucket with its attachment', async () => {
    const response = await upload({ bytes: pdf(), name: 'weg.pdf', type: 'application/pdf' })
    const { doc } = (await response.json()) as { doc: { id: number; filename: string } }
    expect(objectKeys()).toContain(`attachments/${doc.filename}`)
    expect((await cms.rest('DELETE', `/attachments/${doc.id}`, { token: editor })).status).toBe(200)
    expect(objectKeys()).not.toContain(`attachments/${doc.filename}`)
  })
})
