import type { CollectionBeforeOperationHook } from 'payload'
import { isEditorUser } from '../access/roles.ts'

/** How long a shared cache (a CDN, a proxy) may keep an anonymous read of published content. */
export const PUBLIC_MAX_AGE_SECONDS = 60

/**
 * Anonymous reads return published content only, the same for everyone, so a
 * CDN or proxy may keep them for a minute (and serve a stale copy while it
 * refreshes). Editors' reads include drafts and are never stored. The answer
 * depends on who asks, so it varies by the credentials' headers: a browser or
 * CDN never hands an editor a copy it kept from an anonymous read.
 */
export const cachePublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI !== 'REST' || (operation !== 'read' && operation !== 'count')) return args
  const value = isEditorUser(req.user as { roles?: ('admin' | 'editor')[] })
    ? 'private, no-store'
    : `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_MAX_AGE_SECONDS * 5}`
  req.responseHeaders = new Headers(req.responseHeaders ?? undefined)
  req.responseHeaders.set('Cache-Control', value)
  req.responseHeaders.set('Vary', 'Authorization, Cookie')
  return args
}
