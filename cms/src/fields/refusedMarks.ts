/**
 * The marks a refused save left on the admin's form, for the form's next
 * server check. Payload's form puts a refusal's errors on its fields and
 * sends that form state back with every later check (`getFormState`), but
 * a field's `validate` only sees values. A publish refused for a missing
 * list was then re-checked by the draft rules (a draft may lack lists),
 * found valid, and the mark went within seconds while the list was still
 * empty. With the marks noted on the request (admin/formState.ts) a field's
 * check can tell that its value was refused and by which reason
 * (checkDraftsToo.ts).
 */
import type { PayloadRequest } from 'payload'

const KEY = 'toolkitRefusedMarks'

type FieldState = { valid?: unknown; errorMessage?: unknown }

/** Notes the marked fields of the form state the admin sent: path → the message it shows. */
export function noteRefusedMarks(req: PayloadRequest, formState: unknown): void {
  const marks = new Map<string, string>()
  if (formState && typeof formState === 'object') {
    for (const [path, field] of Object.entries(formState as Record<string, FieldState | undefined>)) {
      if (field?.valid === false && typeof field.errorMessage === 'string') marks.set(path, field.errorMessage)
    }
  }
  // One request per form-state check (Payload's initReq), so the note dies with it.
  req.context = { ...req.context, [KEY]: marks }
}

/** The message the form shows on the field at `path`, if it was marked when the check was asked for. */
export function refusedMarkAt(req: PayloadRequest | undefined, path: readonly (string | number)[]): string | undefined {
  const marks = req?.context?.[KEY]
  return marks instanceof Map ? (marks.get(path.join('.')) as string | undefined) : undefined
}
