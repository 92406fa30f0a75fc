/**
 * Attachments ("Bijlagen", issue 18): what an upload must be (type sniffed
 * from the bytes, size, no SVG or HTML), the Dutch refusal that names the
 * field, nothing written on a refusal, and who may read a file (editors
 * always; the public only while a published item links to it).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ATTACHMENT_MAX_BYTES } from '@toolkit/schemas'
import { buildSnapshot } from '../src/content/snapshot.ts'
import { addEditor, startTestCms, type TestCms } from './helpers/cms.ts'
import { image, odf, ooxml, pdf, uploadForm, zip, type Upload } from './helpers/attachmentFiles.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toolkit-attachments-'))
const attachmentsDir = path.join(mediaDir, 'attachments')

let cms: TestCms
let editor: string
let fixtures: Awaited<ReturnType<typeof makeFixtures>>

const upload = (file: Upload | undefined, token: string | null = editor, data?: Record<string, unknown>) =>
  cms.rest('POST', '/attachments', { token: token ?? undefined, form: uploadForm(file, data) })

const filesOnDisk = () => (fs.existsSync(attachmentsDir) ? fs.readdirSync(attachmentsDir) : [])
const attachmentCount = async () => (await cms.payload.count({ collection: 'attachments', overrideAccess: true })).totalDocs

beforeAll(async () => {
  cms = await startTestCms('attachments', { MEDIA_DIR: mediaDir })
  editor = await addEditor(cms)
  fixtures = await makeFixtures(cms.payload)
})
afterAll(async () => {
  await cms?.close()
  fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe('attachment uploads', () => {
  it.each([
    ['PDF', async () => ({ bytes: pdf(), name: 'vragen.pdf', type: 'application/pdf' }), 'application/pdf'],
    ['PNG', async () => ({ bytes: await image('png'), name: 'dia.png', type: 'image/png' }), 'image/png'],
    ['JPEG', async () => ({ bytes: await image('jpeg'), name: 'foto.jpg', type: 'image/jpeg' }), 'image/jpeg'],
    [
      'Word',
      async () => ({ bytes: ooxml('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'word/document.xml'), name: 'handout.docx', type: 'application/octet-stream' }),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'PowerPoint',
      async () => ({ bytes: ooxml('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'ppt/presentation.xml'), name: 'dias.pptx', type: 'application/octet-stream' }),
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    ['OpenDocument-tekst', async () => ({ bytes: odf('application/vnd.oasis.opendocument.text'), name: 'handout.odt', type: '' }), 'application/vnd.oasis.opendocument.text'],
    ['OpenDocument-presentatie', async () => ({ bytes: odf('application/vnd.oasis.opendocument.presentation'), name: 'dias.odp', type: '' }), 'application/vnd.oasis.opendocument.presentation'],
  ])('accept a %s file, stored with the type sniffed from its bytes', async (_label, make, mimeType) => {
    const response = await upload(await make())
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { mimeType: string; filename: string; filesize: number } }
    expect(doc.mimeType).toBe(mimeType)
    expect(filesOnDisk()).toContain(doc.filename)
  })

  it("store a PDF sent as HTML under the PDF's type and extension, not the name's or the browser's", async () => {
    const response = await upload({ bytes: pdf(), name: 'als-html.html', type: 'text/html' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { mimeType: string; filename: string } }
    expect(doc).toMatchObject({ mimeType: 'application/pdf', filename: 'als-html.pdf' })
  })

  const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
  const html = '<!doctype html><html><body><script>alert(1)</script></body></html>'
  it.each([
    ['an SVG image, even named and typed as PNG', { bytes: Buffer.from(svg), name: 'dia.png', type: 'image/png' }, /SVG-afbeelding.*niet toegestaan/],
    ['an HTML page, even named and typed as PDF', { bytes: Buffer.from(html), name: 'vragen.pdf', type: 'application/pdf' }, /HTML-pagina.*niet toegestaan/],
    ['a ZIP archive', { bytes: zip({ 'a.txt': 'hallo' }), name: 'map.zip', type: 'application/zip' }, /type zip.*niet toegestaan/],
    ['a GIF image (not on the list)', { bytes: Buffer.from('R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=', 'base64'), name: 'a.gif', type: 'image/gif' }, /type gif.*niet toegestaan/],
    ['a text file of no known type', { bytes: Buffer.from('gewoon wat tekst'), name: 'notitie.pdf', type: 'application/pdf' }, /niet te herkennen aan de inhoud/],
    ['an empty file', { bytes: Buffer.alloc(0), name: 'leeg.pdf', type: 'application/pdf' }, /leeg/],
  ])('refuse %s with a Dutch 400 naming the field, writing nothing', async (_label, file, reason) => {
    await expectRefusal(file, 400, reason)
  })

  it('refuse a file over the size limit with a Dutch 413 naming the field, writing nothing', async () => {
    await expectRefusal({ bytes: Buffer.concat([pdf(), Buffer.alloc(ATTACHMENT_MAX_BYTES)]), name: 'groot.pdf', type: 'application/pdf' }, 413, /hoogstens 20 MB/)
  })

  async function expectRefusal(file: Upload, status: number, reason: RegExp) {
    const before = { files: filesOnDisk(), docs: await attachmentCount() }
    const response = await upload(file)
    expect(response.status).toBe(status)
    const body = (await response.json()) as { errors: { message: string; data?: { errors?: { path: string; label?: string; message: string }[] } }[] }
    expect(body.errors[0]!.message).toBe('Het volgende veld is ongeldig: Bestand')
    const fieldError = body.errors[0]!.data!.errors![0]!
    expect(fieldError).toMatchObject({ path: 'file', label: 'Bestand' })
    expect(fieldError.message).toMatch(reason)
    expect(filesOnDisk()).toEqual(before.files)
    expect(await attachmentCount()).toBe(before.docs)
  }

  it('refuse an upload from anyone but an editor', async () => {
    const response = await upload({ bytes: pdf(), name: 'anoniem.pdf', type: 'application/pdf' }, null)
    expect(response.status).toBe(403)
    expect(filesOnDisk()).not.toContain('anoniem.pdf')
  })
})

describe('who reads an attachment', () => {
  const create = async (name: string) => {
    const response = await upload({ bytes: pdf(), name, type: 'application/pdf' }, editor, { title: `Bijlage ${name}`, kind: 'slides' })
    return ((await response.json()) as { doc: { id: number | string; filename: string } }).doc
  }
  const read = (id: string | number) => cms.rest('GET', `/attachments/${id}`)
  const file = (filename: string) => cms.rest('GET', `/attachments/file/${filename}`)

  it('the public reads a file only while a published item links to it; drafts never leak', async () => {
    const { theme, production } = fixtures
    const published = await create('gepubliceerd.pdf')
    const laterDraft = await create('later-concept.pdf')
    const activity = await cms.payload.create({
      collection: 'activities',
      data: { ...validDocument('activities', 'bijlagen-werkvorm', { theme: theme.id, production: production.id }), attachments: [published.id] },
      draft: true,
      overrideAccess: true,
    })

    // A draft's attachment: nobody but editors.
    expect([403, 404]).toContain((await read(published.id)).status)
    expect((await file(published.filename)).status).toBe(403)
    expect((await cms.rest('GET', `/attachments/${published.id}`, { token: editor })).status).toBe(200)

    await cms.payload.update({ collection: 'activities', id: activity.id, data: { _status: 'published' }, overrideAccess: true })
    expect((await read(published.id)).status).toBe(200)
    const served = await file(published.filename)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')

    // A newer draft that adds a file does not publish that file.
    await cms.payload.update({ collection: 'activities', id: activity.id, data: { attachments: [published.id, laterDraft.id] }, draft: true, overrideAccess: true })
    expect((await file(laterDraft.filename)).status).toBe(403)
    expect((await file(published.filename)).status).toBe(200)

    // The snapshot the site builds from carries the published one's public fields, and only it.
    const snapshot = await buildSnapshot(cms.payload)
    const shown = snapshot.collections.activities.find((doc) => doc.slug === 'bijlagen-werkvorm')!
    expect(shown.attachments).toEqual([
      { title: 'Bijlage gepubliceerd.pdf', kind: 'slides', url: `http://localhost:3000/api/attachments/file/${published.filename}`, filename: published.filename, mimeType: 'application/pdf', filesize: pdf().length },
    ])

    // Unpublished again: gone from the public.
    await cms.payload.update({ collection: 'activities', id: activity.id, data: { _status: 'draft' }, overrideAccess: true })
    expect((await file(published.filename)).status).toBe(403)
    const anonymousList = await cms.rest('GET', '/attachments')
    if (anonymousList.status === 200) expect(((await anonymousList.json()) as { totalDocs: number }).totalDocs).toBe(0)
    else expect(anonymousList.status).toBe(403)
  })
})
