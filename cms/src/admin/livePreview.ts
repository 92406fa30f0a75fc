/**
 * Live preview beside the edit form (Payload's live-preview panel): the
 * current draft on the site's own template, from the preview server
 * (site/scripts/preview-server.mjs), which only the CMS may frame.
 *
 * The panel's address carries a fresh 10-minute preview token and the time
 * it was made. Drafts are autosaved (AUTOSAVE below); after each save Payload
 * asks for this address again, it differs, and the panel reloads with the
 * saved draft (a draft save does not change the document's own `updatedAt`,
 * so that cannot mark it). The token never runs out while the editor works.
 */
import type { Config } from 'payload'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@toolkit/schemas'
import { mintPreviewToken } from '@toolkit/schemas/node'
import { isEditorUser, userOf } from '../access/roles.ts'
import { previewSecret, previewUrl } from '../preview/settings.ts'

/** Autosave of drafts: short enough for the two seconds, "Bewaar concept" kept for those who click it. */
export const AUTOSAVE = { interval: 400, showSaveDraftButton: true }

export const livePreview: NonNullable<NonNullable<Config['admin']>['livePreview']> = {
  // Every content collection has a page on the site (a theme's lists what is tagged with it).
  collections: [...CONTENT_COLLECTIONS],
  url: ({ collectionConfig, data, req }) => {
    const collection = collectionConfig?.slug as ContentCollectionSlug | undefined
    if (!collection || !data?.id || !isEditorUser(userOf(req))) return null
    const token = mintPreviewToken({ collection, id: String(data.id), createdAt: String(data.createdAt ?? '') }, previewSecret())
    // `bijgewerkt` makes each answer a new address, so the panel reloads after every save.
    return `${previewUrl()}/?token=${encodeURIComponent(token)}&bijgewerkt=${Date.now()}`
  },
  breakpoints: [
    { name: 'mobiel', label: 'Mobiel', width: 375, height: 667 },
    { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  ],
}
