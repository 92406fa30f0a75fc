/**
 * The server-side check of every attachment upload, before Payload writes
 * anything (a beforeOperation hook: no file on disk or in the bucket, no
 * row): the type is sniffed from the file's bytes (`file-type`), never taken
 * from its name or the browser's MIME type; only the types of
 * ATTACHMENT_FILE_TYPES pass, at most ATTACHMENT_MAX_BYTES. HTML, SVG and
 * other text a browser could run are refused by name. A refusal is a 400
 * naming the field "Bestand" with the reason in Dutch.
 */
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { ATTACHMENT_FIELDS, ATTACHMENT_FILE_TYPES, ATTACHMENT_MAX_BYTES, COLLECTIONS } from '@toolkit/schemas'
import fs from 'node:fs/promises'

const ALLOWED = ATTACHMENT_FILE_TYPES.map((type) => type.label).join(', ')
const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })

/** Markup a browser would render or run, recognised in the first bytes of a text file. */
const MARKUP: [RegExp, string][] = [
  [/<svg[\s>]/i, 'een SVG-afbeelding (die scripts kan bevatten)'],
  [/<!doctype\s+html|<html[\s>]|<script[\s>]|<body[\s>]|<iframe[\s>]/i, 'een HTML-pagina (die een browser uitvoert)'],
  [/^\s*<\?xml/i, 'een XML-bestand'],
]

function refuse(req: PayloadRequest, message: string): never {
  throw new ValidationError({ collection: COLLECTIONS.attachments, errors: [{ path: 'file', label: ATTACHMENT_FIELDS.file.label, message }], req }, req.t)
}

type UploadedFile = NonNullable<PayloadRequest['file']>

async function headOf(file: UploadedFile): Promise<Buffer> {
  if (file.data.length > 0 || !file.tempFilePath) return file.data.subarray(0, 4096)
  const handle = await fs.open(file.tempFilePath)
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Why a file may not be an attachment, or its sniffed type when it may. */
export async function judgeAttachmentFile(file: UploadedFile): Promise<{ refusal: string } | { mimeType: string; extension: string }> {
  const size = file.size ?? file.data.length
  if (size === 0) return { refusal: 'Het bestand is leeg.' }
  if (size > ATTACHMENT_MAX_BYTES) {
    return { refusal: `Het bestand is ${megabytes(size)} MB; een bijlage mag hoogstens ${megabytes(ATTACHMENT_MAX_BYTES)} MB zijn.` }
  }
  const sniffed = file.data.length > 0 ? await fileTypeFromBuffer(file.data) : file.tempFilePath ? await fileTypeFromFile(file.tempFilePath) : undefined
  const allowed = sniffed && ATTACHMENT_FILE_TYPES.find((type) => type.mimeType === sniffed.mime)
  if (allowed) return { mimeType: allowed.mimeType, extension: allowed.extension }
  // Text formats have no magic number (file-type calls an SVG with an XML prolog "xml"): name what a browser would run.
  if (!sniffed || /xml|html|svg|javascript/.test(sniffed.mime)) {
    const head = (await headOf(file)).toString('utf8')
    const markup = MARKUP.find(([pattern]) => pattern.test(head))
    if (markup) return { refusal: `Dit bestand is ${markup[1]}; dat is als bijlage niet toegestaan. Toegestaan zijn: ${ALLOWED}.` }
  }
  if (!sniffed) return { refusal: `Het soort bestand is niet te herkennen aan de inhoud. Toegestaan zijn: ${ALLOWED}.` }
  return { refusal: `Dit bestand is van het type ${sniffed.ext} (${sniffed.mime}); dat is als bijlage niet toegestaan. Toegestaan zijn: ${ALLOWED}.` }
}

export const checkAttachmentUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const verdict = await judgeAttachmentFile(req.file)
  if ('refusal' in verdict) refuse(req, verdict.refusal)
  // Payload stores the type it is given: the sniffed one, not the browser's claim.
  req.file.mimetype = verdict.mimeType
  // And the name ends in the sniffed type's extension: a PDF sent as "x.html" is stored and served as "x.pdf".
  req.file.name = `${req.file.name.replace(/\.[^.]*$/, '') || 'bijlage'}.${verdict.extension}`
  return args
}
