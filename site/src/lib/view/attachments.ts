/**
 * An item's attachments as readers see them, wherever they are shown (the
 * item's page and embed view, the planner's run sheet on page, print and
 * PDF, the item's own PDF): the title, what it is, its file type and size,
 * and where to download it. Labels come from @toolkit/schemas (attachment.ts).
 */
import { attachmentKindLabel, attachmentTypeLabel, type Attachment } from '@toolkit/schemas'
import { formatBytes } from '../../pdf/format-bytes.ts'
import { safeHref } from './links.ts'

export type AttachmentLink = {
  title: string
  /** "Vragenblad · PDF, 120 kB" */
  meta: string
  url: string
}

/** The list's heading, the same on every surface. */
export const ATTACHMENTS_HEADING = 'Bijlagen'

/** The attachments that have an http(s) address, in the editors' order. */
export function attachmentLinks(attachments: readonly Attachment[] | undefined): AttachmentLink[] {
  return (attachments ?? []).flatMap((attachment) => {
    const url = safeHref(attachment.url)
    if (!url) return []
    return [{ title: attachment.title, meta: `${attachmentKindLabel(attachment.kind)} · ${attachmentTypeLabel(attachment.mimeType)}, ${formatBytes(attachment.filesize)}`, url }]
  })
}
