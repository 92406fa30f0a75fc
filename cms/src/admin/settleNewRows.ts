'use client'
import { useEffect, useRef } from 'react'
import { useAllFormFields, useForm } from '@payloadcms/ui'

/** How long a new row may wait for its fields before the form is asked again; a slower answer costs one check more. */
const SETTLE_MS = 1_500

type FormRow = { id?: string; isLoading?: boolean }

/**
 * Gives a new list row its fields when Payload's form forgot to ask for them.
 *
 * A row added with "Punt toevoegen" or "Stap toevoegen" is a grey
 * placeholder until the form's next check on the server (its `form-state`
 * server function, 0.25 s after a change) returns the row's fields. When the
 * row is added while a check is on its way and that check's answer arrives
 * within those 0.25 s, Payload merges the answer (which knows no such row)
 * and counts the merged form, the placeholder included, as checked
 * (`prevStateRef` in its fieldReducer's MERGE_SERVER_STATE, Payload 3.90):
 * it asks nothing more, and the placeholder stayed until the editor typed
 * somewhere else. An editor who types and then adds a row at once met it.
 *
 * A row still a placeholder after SETTLE_MS without any change to the form
 * gets one change that means nothing (its id field's error message set to
 * none), which makes the form ask again with the row in it; once per row, so
 * a server that does not answer is not asked in a loop.
 */
export function useSettleNewRows(): void {
  const [fields, dispatchFields] = useAllFormFields()
  const { getFields } = useForm()
  const asked = useRef(new Set<string>())

  useEffect(() => {
    const waiting = placeholders(fields).filter(({ id }) => !asked.current.has(id))
    if (waiting.length === 0) return
    // Any change to the form restarts the wait: the form is then asking itself.
    const timer = setTimeout(() => {
      // Only rows still placeholders at the same place (a row moved or removed meanwhile is left alone).
      const now = new Set(placeholders(getFields()).map(({ idPath, id }) => `${idPath} ${id}`))
      for (const { idPath, id } of waiting) {
        if (!now.has(`${idPath} ${id}`)) continue
        asked.current.add(id)
        dispatchFields({ type: 'UPDATE', path: idPath, errorMessage: undefined })
      }
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [fields, dispatchFields, getFields])
}

/** The rows that are placeholders: their id field's path and their id. */
function placeholders(fields: Record<string, unknown>): { idPath: string; id: string }[] {
  const found: { idPath: string; id: string }[] = []
  for (const [path, field] of Object.entries(fields)) {
    ;(field as { rows?: FormRow[] } | undefined)?.rows?.forEach((row, index) => {
      if (row?.isLoading && row.id) found.push({ idPath: `${path}.${index}.id`, id: row.id })
    })
  }
  return found
}
