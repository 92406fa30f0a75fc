import { z } from 'zod'
import { plainDutch } from './dutchIssues.ts'

/**
 * Dutch messages for every zod check that has no message of its own, in every
 * package: the seed's validation, the CMS's checks on publish and the site's
 * build. `index.ts` runs this module first, so whoever imports the schemas
 * gets the locale; zod keeps one configuration per process.
 */
// Plain Dutch first (dutchIssues.ts), zod's Dutch locale for the rest.
const zodDutch = z.locales.nl().localeError
z.config({ localeError: (issue) => plainDutch(issue) ?? zodDutch(issue) })

/** Where an issue is: `questions.general[2]` (a list index in brackets). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

/**
 * One issue as a sentence that names the field: `veld "durationSeconds":
 * Ongeldige invoer: verwacht number, ontving string`. `label` gives the
 * field's name as editors know it (the CMS passes its field labels).
 */
export function describeIssue(issue: z.core.$ZodIssue, label?: (path: readonly PropertyKey[]) => string | undefined): string {
  const name = label?.(issue.path) ?? (issue.path.length ? issuePath(issue.path) : undefined)
  return name ? `${name}: ${issue.message}` : issue.message
}
