'use client'
import { useEffect, useRef } from 'react'
import { useAllFormFields } from '@payloadcms/ui'

/** How long a new row may wait for its fields before the form is asked again: the form's own check answers well within this. */
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
  const asked = useRef(new Set<string>())

  useEffect(() => {
    const waiting: { idPath: string; id: string }[] = []
    for (const [path, field] of Object.entries(fields)) {
      const rows = (field as { rows?: FormRow[] } | undefined)?.rows
      rows?.forEach((row, index) => {
        if (row?.isLoading && row.id && !asked.current.has(row.id)) waiting.push({ idPath: `${path}.${index}.id`, id: row.id })
      })
    }
    if (waiting.length === 0) return
    // Any change to the form restarts the wait: the form is then asking itself.
    const timer = setTimeout(() => {
      for (const { idPath, id } of waiting) {
        asked.current.add(id)
        dispatchFields({ type: 'UPDATE', path: idPath, errorMessage: undefined })
      }
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [fields, dispatchFields])
}
