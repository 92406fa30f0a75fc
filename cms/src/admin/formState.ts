/**
 * Payload's form-state server function, with the marks the admin's form
 * shows noted on the request first (fields/refusedMarks.ts), so a field whose
 * publish was refused is re-checked for that reason instead of as a draft.
 * Registered in app/(payload)/layout.tsx under Payload's own name
 * (`handleServerFunctions` takes extra server functions before its own).
 */
import type { BuildFormStateArgs, ServerFunction } from 'payload'
import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import { noteRefusedMarks } from '../fields/refusedMarks.ts'

export const formStateWithRefusedMarks: ServerFunction<BuildFormStateArgs> = (args) => {
  noteRefusedMarks(args.req, args.formState)
  return buildFormStateHandler(args)
}
