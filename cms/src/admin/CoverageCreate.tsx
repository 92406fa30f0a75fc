'use client'
import { useRouter } from 'next/navigation'
import { useDocumentDrawer } from '@payloadcms/ui'

type Props = {
  collection: string
  /** "Werkvorm", shown as "+ Werkvorm". */
  label: string
  /** The stigma type, setting (and audience) of the empty cell. */
  initialData: Record<string, unknown>
  /** Read by screen readers: what the new document is for. */
  description: string
}

/**
 * "+ Werkvorm" in an empty cell of the gap map: Payload's own create form,
 * in a drawer, with the cell's stigma type, setting and audience already
 * chosen (the drawer's `initialData`; the create route takes no values from
 * the address). After saving, the map is read again.
 */
export function CoverageCreate({ collection, label, initialData, description }: Props) {
  const router = useRouter()
  const [Drawer, Toggler] = useDocumentDrawer({ collectionSlug: collection })
  return (
    <>
      <Toggler className="coverage-create" aria-label={`Nieuw: ${label.toLowerCase()} ${description}`}>+ {label}</Toggler>
      <Drawer initialData={initialData} onSave={() => router.refresh()} />
    </>
  )
}
