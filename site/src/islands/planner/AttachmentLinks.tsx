/**
 * "Bijlagen" in the run sheet: each file linked by its title, with what it
 * is, its type and size. Printed, the link's address follows once (the
 * print style's `a[href^='http']::after`). Nothing when there are none.
 */
import type { AttachmentLink } from '../../lib/view/attachments.ts'

export function AttachmentLinks({ links, heading }: { links: readonly AttachmentLink[] | undefined; heading: 'label' | 'h4' }) {
  if (!links?.length) return null
  return (
    <>
      {heading === 'h4' ? <h4>Bijlagen</h4> : <p className="label">Bijlagen</p>}
      <ul className="attachments">{links.map((file) => <li key={file.url}><a href={file.url}>{file.title}</a> ({file.meta})</li>)}</ul>
    </>
  )
}
