'use client'
import { useEffect, useState } from 'react'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { siteUrlOf, type ContentCollectionSlug } from '@toolkit/schemas'

type Props = { siteUrl: string; siteBase: string }

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const

/**
 * "Bekijk op de site" in the sidebar of a published document: the page of its
 * published version (the slug that is live, even while a draft changes it),
 * at SITE_URL + SITE_BASE + the collection's route (`sitePathOf` in @toolkit/schemas).
 */
export function ViewOnSite({ siteUrl, siteBase }: Props) {
  const { id, collectionSlug, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [slug, setSlug] = useState<string | undefined>()
  const savedAt = savedDocumentData?.updatedAt as string | undefined

  useEffect(() => {
    setSlug(undefined)
    if (!id || !collectionSlug || !hasPublishedDoc) return
    const controller = new AbortController()
    // The main document is the published version; drafts live in the versions. Asked as a list, so a document without a
    // published version answers an empty list, not a 404 (right after "Dupliceren" the copy briefly carries the
    // original's hasPublishedDoc, and the admin's network showed that 404 in CI).
    const query = `where[id][equals]=${encodeURIComponent(String(id))}&where[_status][equals]=published&depth=0&draft=false&limit=1`
    fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((found: { docs?: Array<{ slug?: string }> } | undefined) => setSlug(found?.docs?.[0]?.slug))
      .catch(() => {})
    return () => controller.abort()
  }, [id, collectionSlug, hasPublishedDoc, savedAt, config.serverURL, config.routes.api])

  if (!slug || !collectionSlug) return null
  return (
    <div className="field-type view-on-site">
      <a href={siteUrlOf(collectionSlug as ContentCollectionSlug, slug, siteUrl, siteBase)} target="_blank" rel="noopener">
        Bekijk op de site<span style={visuallyHidden}> (opent in een nieuw venster)</span>
      </a>
    </div>
  )
}
