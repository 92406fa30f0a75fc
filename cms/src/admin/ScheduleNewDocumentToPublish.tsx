'use client'
import { useEffect } from 'react'
import { useDocumentInfo, useModal } from '@payloadcms/ui'

/**
 * "Publicatie plannen" on a document that was never published opens with
 * "Publiceren" chosen, not "Publicatie ongedaan maken". Payload chooses
 * unpublish whenever the document has no drafts newer than its published
 * version (meant for a published document with nothing new), and it counts
 * those drafts only when a published version exists: for a new draft the
 * count is 0, so an editor who only picked a time scheduled an unpublish, and
 * nothing appeared on the site (found walking the product). Renders nothing:
 * when Payload's schedule drawer (`schedule-publish-<id>`) opens on such a
 * document, it chooses the drawer's own "Publiceren" option once, as a click
 * would; the editor may still choose otherwise.
 */
export function ScheduleNewDocumentToPublish() {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { isModalOpen } = useModal()
  const slug = `schedule-publish-${id}`
  const open = id !== undefined && !hasPublishedDoc && isModalOpen(slug)

  useEffect(() => {
    if (!open) return
    let frame = 0
    // The drawer's options render after it opens: look once a frame until they are there (the drawer's own ids).
    const choose = () => {
      const publish = document.getElementById(`field-${slug}-type-publish`)
      if (!(publish instanceof HTMLInputElement)) frame = requestAnimationFrame(choose)
      else if (!publish.checked) publish.click()
    }
    choose()
    return () => cancelAnimationFrame(frame)
  }, [open, slug])

  return null
}
