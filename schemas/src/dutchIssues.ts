import type { z } from 'zod'
import { choiceLabels } from './choices.ts'

/**
 * Plain Dutch for the zod checks editors run into, written for people, not
 * programmers: zod's own Dutch locale says "Te klein: verwacht dat number >0
 * is" or "Ongeldig: URL". Issues not covered here keep zod's Dutch text
 * (a value of the wrong type, which the admin's form does not produce).
 */

// No thousands separator: limits are often years (1900). A decimal comma, as Dutch writes it.
const number = (value: unknown) => String(value).replace('.', ',')

type Issue = z.core.$ZodRawIssue

export function plainDutch(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'too_small': {
      const { minimum, inclusive, origin } = issue as Issue & { minimum: number | bigint; inclusive?: boolean; origin?: string }
      if (origin === 'number' || origin === 'int' || origin === 'bigint') {
        return inclusive ? `Moet ${number(minimum)} of meer zijn.` : `Moet groter zijn dan ${number(minimum)}.`
      }
      if (origin === 'string') return Number(minimum) <= 1 ? 'Mag niet leeg zijn.' : `Gebruik minstens ${number(minimum)} tekens.`
      if (origin === 'array' || origin === 'set') return Number(minimum) <= 1 ? 'Voeg minstens één item toe.' : `Voeg minstens ${number(minimum)} items toe.`
      return undefined
    }
    case 'too_big': {
      const { maximum, inclusive, origin } = issue as Issue & { maximum: number | bigint; inclusive?: boolean; origin?: string }
      if (origin === 'number' || origin === 'int' || origin === 'bigint') {
        return inclusive ? `Mag hoogstens ${number(maximum)} zijn.` : `Moet kleiner zijn dan ${number(maximum)}.`
      }
      if (origin === 'string') return `Te lang: gebruik hoogstens ${number(maximum)} tekens.`
      if (origin === 'array' || origin === 'set') return `Te veel items: hoogstens ${number(maximum)}.`
      return undefined
    }
    case 'invalid_format': {
      const { format } = issue as Issue & { format?: string }
      if (format === 'url') return 'Geen geldig webadres: begin met https:// (bijvoorbeeld https://www.voorbeeld.nl/pagina).'
      if (format === 'email') return 'Geen geldig e-mailadres.'
      return undefined
    }
    case 'invalid_value': {
      const { values, inst } = issue as Issue & { values?: unknown[]; inst?: z.core.$ZodType }
      // The choices as the form lists them (choices.ts); a choice without labels by its values.
      const labels = inst && choiceLabels.get(inst)?.labels
      return values?.length ? `Kies een van de toegestane waarden: ${values.map((value) => (labels?.has(String(value)) ? `‘${labels.get(String(value))}’` : String(value))).join(', ')}.` : undefined
    }
    default:
      return undefined
  }
}
