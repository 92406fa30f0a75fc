import type { AfterErrorHook } from 'payload'

/**
 * Payload writes some of its validation errors in English whatever the
 * admin's language: the upload checks (checkFileRestrictions) and errors
 * thrown without the request's translator ("The following field is invalid:
 * file"). Editors see these in a toast and on the field, so they are
 * answered in Dutch here, with the same status and shape.
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
]

/** Field names Payload itself adds, which have no label in our config. */
const LABELS: Record<string, string> = { file: 'Bestand', password: 'Wachtwoord', email: 'E-mail', filename: 'Bestandsnaam' }

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
  if (source?.name !== 'ValidationError' || !Array.isArray(source.data?.errors)) return undefined
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
