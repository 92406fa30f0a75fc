'use client'
import { useLayoutEffect, useRef } from 'react'
import { useAllFormFields, useFormSubmitted } from '@payloadcms/ui'

type FieldState = { value?: unknown; valid?: boolean; errorMessage?: string }

/** An error the form showed on a field, for the value it was shown for. */
type Mark = { value: string; message: string; restored: boolean; ours?: FieldState }

const valueKey = (value: unknown) => JSON.stringify(value ?? null)

/**
 * Keeps a refused value marked on its field until the editor changes it.
 *
 * Payload's form asks the server for form state after each change, and has
 * it validated only once the form was submitted (`skipValidation:
 * !submitted`, fixed when the request is sent). A request sent just before a
 * save (publish or autosave) came back refused returns after the refusal,
 * unvalidated, and merging it marks every field valid; the form counts that
 * answer as seen and asks nothing more until the next keystroke, so the mark
 * vanished while the refused value stayed (on a busy machine, where answers
 * are slow, about every other time).
 *
 * This puts the error back when a submitted form loses it while the field
 * still holds the value it was shown for. That change makes Payload's form
 * ask again, validated, so the server has the last word: a mark is put back
 * once, and a validated answer that then finds the value valid (a check that
 * depends on another field) stands. An edited value is Payload's to validate.
 * That validated answer keeps a publish's refusal of a missing part (an
 * empty list) too: the server checks a marked field by the publish rules
 * (fields/refusedMarks.ts), not as the draft the form holds.
 */
export function useKeepRefusalMarks(): void {
  const [fields, dispatchFields] = useAllFormFields()
  const submitted = useFormSubmitted()
  const seen = useRef(new Map<string, FieldState>())
  const marks = useRef(new Map<string, Mark>())

  // Before the browser paints, so the cleared mark never shows as gone.
  useLayoutEffect(() => {
    if (!submitted) marks.current.clear()
    const restore: { path: string; message: string }[] = []
    for (const [path, field] of Object.entries(fields) as [string, FieldState][]) {
      const before = seen.current.get(path)
      seen.current.set(path, field)
      if (!submitted || !field || field === before) continue
      const value = valueKey(field.value)
      const mark = marks.current.get(path)
      if (field.valid === false && field.errorMessage) {
        // Edited while marked: the form validates the new value itself.
        if (before && valueKey(before.value) !== value) marks.current.delete(path)
        // The first state after a put-back one is that put-back.
        else if (mark?.restored && !mark.ours) mark.ours = field
        // A refusal, or a validated answer that confirms the error.
        else marks.current.set(path, { value, message: field.errorMessage, restored: false })
        continue
      }
      marks.current.delete(path)
      if (mark && !mark.restored && mark.value === value) {
        marks.current.set(path, { ...mark, restored: true })
        restore.push({ path, message: mark.message })
      }
    }
    if (restore.length) dispatchFields({ type: 'ADD_SERVER_ERRORS', errors: restore })
  }, [fields, submitted, dispatchFields])
}
