import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { ATTACHMENT_FIELDS, ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, ATTACHMENT_MIME_TYPES, COLLECTIONS } from '@toolkit/schemas'
import { editors } from '../access/predicates.ts'
import { checkAttachmentUpload } from '../attachments/checkUpload.ts'
import { editorsOrAttachedToPublished } from '../attachments/publicAttachments.ts'
import { updateSiteAfterAttachmentChange, updateSiteAfterAttachmentDelete } from '../attachments/siteUpdate.ts'
import { mediaDir } from '../db/location.ts'
import type { CmsSettings } from '../config/settings.ts'
import { guardRequest } from '../requests/guardRequest.ts'
import { missingFileIs404 } from '../requests/missingUpload.ts'
import { usesObjectStorage } from '../storage/objectStorage.ts'
import { uploadFieldLabels } from '../fields/uploadLabels.ts'

/** Attachments live beside the other uploads, so a backup of the media folder holds them too. */
export const attachmentsDir = (settings?: CmsSettings) => path.join(mediaDir(settings), 'attachments')

/**
 * Bijlagen: question sheets, slides and handouts that fragments, werkvormen
 * and productions link to. Editors upload (checked in attachments/checkUpload.ts);
 * the public reads one only while a published item links to it.
 */
export const Attachments: CollectionConfig = {
  slug: COLLECTIONS.attachments,
  labels: { singular: 'Bijlage', plural: 'Bijlagen' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'filename', 'filesize', 'updatedAt'],
    description: `Vragenbladen, dia's en handouts bij filmfragmenten, werkvormen en impactproducties (hoogstens ${ATTACHMENT_MAX_BYTES / (1024 * 1024)} MB). Lezers zien een bijlage pas als een gepubliceerd item ernaar verwijst.`,
  },
  access: { read: editorsOrAttachedToPublished, create: editors, update: editors, delete: editors },
  // What an item's attachments carry when they are read with it: what a download link needs.
  defaultPopulate: { title: true, kind: true, url: true, filename: true, mimeType: true, filesize: true },
  hooks: {
    beforeOperation: [guardRequest, checkAttachmentUpload],
    afterChange: [updateSiteAfterAttachmentChange],
    afterDelete: [updateSiteAfterAttachmentDelete],
  },
  upload: {
    staticDir: attachmentsDir(),
    mimeTypes: [...ATTACHMENT_MIME_TYPES],
    // A file that is not on disk is a 404, not Payload's 500 (requests/missingUpload.ts); with a bucket the storage plugin answers.
    handlers: usesObjectStorage() ? [] : [missingFileIs404(attachmentsDir())],
    // Served as the type it was sniffed as, never as whatever a browser guesses.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      return headers
    },
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: ATTACHMENT_FIELDS.title.label, maxLength: ATTACHMENT_FIELDS.title.maxLength, admin: { description: ATTACHMENT_FIELDS.title.help } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: ATTACHMENT_FIELDS.kind.label,
      options: ATTACHMENT_KINDS.map(({ value, label }) => ({ value, label })),
    },
    ...uploadFieldLabels,
  ],
}
