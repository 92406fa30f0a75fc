/**
 * Attachments as the snapshot carries them (`attachmentSchema`): the public
 * fields of each attachment an anonymous visitor may read, i.e. those of
 * published items, plus, for the draft preview, those of the one draft.
 */
import { createLocalReq, type Payload } from 'payload'
import { COLLECTIONS, type Attachment } from '@toolkit/schemas'
import { publicAttachmentIds } from './publicAttachments.ts'

type Json = Record<string, unknown>

const PUBLIC_FIELDS = { title: true, kind: true, url: true, filename: true, mimeType: true, filesize: true } as const

/** The public record of one stored attachment (Payload computes `url` from serverURL and the file name). */
export function attachmentRecord(doc: Json): Attachment {
  return {
    title: doc.title as string,
    kind: doc.kind as Attachment['kind'],
    url: doc.url as string,
    filename: doc.filename as string,
    mimeType: doc.mimeType as Attachment['mimeType'],
    filesize: doc.filesize as number,
  }
}

const idsOf = (doc: Json | undefined): (string | number)[] =>
  ((doc?.attachments as unknown[] | null | undefined) ?? []).flatMap((value) =>
    typeof value === 'string' || typeof value === 'number' ? [value] : value && typeof value === 'object' && 'id' in value ? [(value as { id: string | number }).id] : [],
  )

/**
 * The records by id. The public ones are the ids the read access allows
 * anonymous visitors (publicAttachmentIds, one rule); the preview, for
 * editors only (a token they asked for), shows the draft's files too.
 */
export async function publicAttachmentRecords(payload: Payload, draft?: Json): Promise<Map<string, Attachment>> {
  const records = new Map<string, Attachment>()
  const req = await createLocalReq({}, payload)
  const ids = [...(await publicAttachmentIds(req)), ...idsOf(draft)]
  if (ids.length === 0) return records
  const { docs } = await payload.find({ collection: COLLECTIONS.attachments, where: { id: { in: ids } }, depth: 0, pagination: false, select: PUBLIC_FIELDS, overrideAccess: true })
  for (const doc of docs as Json[]) records.set(String(doc.id), attachmentRecord(doc))
  return records
}
