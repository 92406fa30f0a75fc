import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'
import { anyone, editors } from '../access/predicates.ts'
import { mediaDir } from '../db/location.ts'
import { guardRequest } from '../requests/guardRequest.ts'
import { missingFileIs404 } from '../requests/missingUpload.ts'
import { usesObjectStorage } from '../storage/objectStorage.ts'
import { uploadFieldLabels } from '../fields/uploadLabels.ts'

/** Uploaded PDFs and images; public once uploaded, only editors upload. */
export const Media: CollectionConfig = {
  slug: COLLECTIONS.media,
  labels: { singular: 'Bestand', plural: 'Bestanden' },
  admin: {
    useAsTitle: 'filename',
    // The file and what it is; not the storage's bookkeeping (its prefix and object key).
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
    description: 'Geüploade afbeeldingen en pdf\'s, openbaar zodra ze zijn geüpload.',
  },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: { beforeOperation: [guardRequest] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*', 'application/pdf'],
    // A file that is not on disk is a 404, not Payload's 500 (requests/missingUpload.ts); with a bucket the storage plugin answers.
    handlers: usesObjectStorage() ? [] : [missingFileIs404(mediaDir())],
  },
  fields: [{ name: 'alt', label: 'Alternatieve tekst', type: 'text', required: true }, ...uploadFieldLabels],
}
