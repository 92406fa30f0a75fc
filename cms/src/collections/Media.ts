import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@toolkit/schemas'
import { anyone, editors } from '../access/predicates.ts'
import { mediaDir } from '../db/location.ts'
import { guardRequest } from '../requests/guardRequest.ts'

/** Uploaded PDFs and images; public once uploaded, only editors upload. */
export const Media: CollectionConfig = {
  slug: COLLECTIONS.media,
  labels: { singular: 'Bestand', plural: 'Bestanden' },
  admin: { description: 'Geüploade afbeeldingen en pdf\'s, openbaar zodra ze zijn geüpload.' },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: { beforeOperation: [guardRequest] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*', 'application/pdf'],
  },
  fields: [{ name: 'alt', label: 'Alternatieve tekst', type: 'text', required: true }],
}
