/**
 * The size limit of every upload, and its refusal in Dutch. Payload's
 * multipart parser stops reading a file at `limits.fileSize` and answers 413
 * with an English sentence and no field; this answers the same 413 in the
 * shape of a field error on "Bestand", as the other upload refusals are.
 */
import type { AfterErrorHook, Config } from 'payload'
import { ATTACHMENT_FIELDS, ATTACHMENT_MAX_BYTES } from '@toolkit/schemas'

const TOO_LARGE = 'File size limit has been reached'

export const uploadLimits: NonNullable<Config['upload']> = {
  limits: { fileSize: ATTACHMENT_MAX_BYTES },
  responseOnLimit: TOO_LARGE,
}

export const fileTooLarge: AfterErrorHook = ({ error }) => {
  const source = error as { message?: string; status?: number }
  if (source?.status !== 413 || source.message !== TOO_LARGE) return undefined
  const label = ATTACHMENT_FIELDS.file.label
  const message = `Het bestand is groter dan ${ATTACHMENT_MAX_BYTES / (1024 * 1024)} MB; een upload mag hoogstens ${ATTACHMENT_MAX_BYTES / (1024 * 1024)} MB zijn.`
  return {
    status: 413,
    response: { errors: [{ name: 'ValidationError', message: `Het volgende veld is ongeldig: ${label}`, data: { errors: [{ path: 'file', label, message }] } }] },
  }
}
