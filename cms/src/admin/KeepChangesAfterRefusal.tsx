'use client'
import { useEffect, useRef } from 'react'
import { useForm, useFormFields, useFormModified, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useKeepRefusalMarks } from './keepRefusalMarks.ts'

/**
 * Keeps the edit form "changed" after the server refused a publish. Payload's
 * form marks itself unmodified as soon as the answer arrives, before it reads
 * the errors (it re-marks only a refused draft), so "Publiceer wijzigingen" and
 * "Bewaar concept" stayed disabled until the next keystroke although the
 * refused change was never stored. Renders nothing: it watches a submit end
 * with fields marked invalid and marks the form modified again, and keeps
 * the refused values marked on their fields (keepRefusalMarks.ts).
 */
export function KeepChangesAfterRefusal() {
  const { setModified } = useForm()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const submitted = useFormSubmitted()
  const anyInvalid = useFormFields(([fields]) => Object.values(fields).some((field) => field?.valid === false))
  const wasProcessing = useRef(false)
  const submitEnded = useRef(false)
  useKeepRefusalMarks()

  useEffect(() => {
    if (processing) submitEnded.current = false
    else if (wasProcessing.current) submitEnded.current = true
    wasProcessing.current = processing
    // A submit that ended refused leaves `submitted` set and fields invalid; a stored one clears `submitted`.
    if (submitEnded.current && submitted && anyInvalid && !modified) {
      submitEnded.current = false
      setModified(true)
    }
  }, [processing, submitted, anyInvalid, modified, setModified])

  return null
}
