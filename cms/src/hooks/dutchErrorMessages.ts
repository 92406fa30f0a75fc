import type { AfterErrorHook } from 'payload'
import { ATTACHMENT_FIELDS } from '@toolkit/schemas'

/**
 * Payload writes some of its errors in English whatever the admin's
 * language: the upload checks (checkFileRestrictions), errors thrown without
 * the request's translator ("The following field is invalid: file") and the
 * password-reset operation's ("Token is either invalid or has expired.", a
 * reset link used twice). Editors see these in a toast and on the field, so
 * they are answered in Dutch here, with the same status and shape.
 */

type FieldError = { path?: string; label?: string; message?: string }
type ErrorLike = { name?: string; message?: string; status?: number; data?: { collection?: string; errors?: FieldError[] } }

/** English messages Payload hard-codes, and their Dutch text. */
const MESSAGES: [RegExp, (...groups: string[]) => string][] = [
  [/^File type (\S+) \(from extension (\S*)\) is not allowed\.?$/, (type, ext) => `Bestandstype ${type} (extensie .${ext}) is hier niet toegestaan; upload een afbeelding of pdf.`],
  [/^Invalid MIME type: (\S+?)\.?$/, (type) => `De inhoud van het bestand is ${type}; dat type is hier niet toegestaan. Upload een afbeelding of pdf.`],
  [/^SVG file contains potentially harmful content\.?$/, () => 'Dit SVG-bestand bevat mogelijk schadelijke inhoud (zoals een script) en is daarom geweigerd.'],
  [/^Invalid (or corrupted )?PDF file\.?$/, () => 'Dit pdf-bestand is ongeldig of beschadigd.'],
  [/^File type '.*' not allowed .*$/, () => 'Dit bestandstype is om veiligheidsredenen niet toegestaan.'],
  [/^No files were uploaded\.?$/, () => 'Er is geen bestand geüpload.'],
  [
    /^Token is either invalid or has expired\.?$/,
    () => 'Deze link om een wachtwoord in te stellen is ongeldig of verlopen: een link werkt één keer en een uur lang. Vraag met ‘Wachtwoord vergeten?’ een nieuwe aan.',
  ],
  [/^Missing required data\.?$/, () => 'Niet alle gegevens zijn meegestuurd.'],
  [/^Missing email\.?$/, () => 'Vul je e-mailadres in.'],
]

/** Field names Payload itself adds, which have no label in our config. */
const LABELS: Record<string, string> = { file: ATTACHMENT_FIELDS.file.label, password: 'Wachtwoord', email: 'E-mail', filename: ATTACHMENT_FIELDS.filename.label }

const dutch = (message: string): string => {
  for (const [pattern, text] of MESSAGES) {
    const match = pattern.exec(message.trim())
    if (match) return text(...match.slice(1))
  }
  return message
}

/** A message split on Payload's ", " join, each part translated. */
const dutchList = (message: string) => message.split(/,\s+(?=[A-Z])/).map(dutch).join(' ')

export const dutchErrorMessages: AfterErrorHook = ({ error, result }) => {
  const source = error as ErrorLike
  if (source?.name !== 'ValidationError' || !Array.isArray(source.data?.errors)) return dutchMessage(source, result)
  const errors = source.data.errors.map((entry) => ({
    ...entry,
    label: entry.label ?? (entry.path ? LABELS[entry.path] : undefined),
    message: typeof entry.message === 'string' ? dutchList(entry.message) : entry.message,
  }))
  const changed = errors.some((entry, index) => entry.message !== source.data!.errors![index]!.message)
  const english = typeof source.message === 'string' && /^The following fields? (is|are) invalid/.test(source.message)
  if (!changed && !english) return undefined
  const names = errors.map((entry) => entry.label ?? entry.path).filter(Boolean)
  const message = `${names.length === 1 ? 'Het volgende veld is ongeldig' : 'De volgende velden zijn ongeldig'}: ${names.join(', ')}`
  const previous = (result as { errors?: Record<string, unknown>[] } | undefined)?.errors?.[0] ?? {}
  return {
    status: source.status ?? 400,
    response: { errors: [{ ...previous, name: 'ValidationError', data: { ...source.data, errors }, message }] },
  }
}

/** Any other error with a message Payload hard-codes in English: the same answer with the Dutch text. */
function dutchMessage(source: ErrorLike | undefined, result: unknown) {
  if (typeof source?.message !== 'string') return undefined
  const message = dutch(source.message)
  const errors = (result as { errors?: Record<string, unknown>[] } | undefined)?.errors
  if (message === source.message || !Array.isArray(errors) || errors.length !== 1) return undefined
  return { status: source.status ?? 400, response: { ...(result as object), errors: [{ ...errors[0], message }] } }
}
