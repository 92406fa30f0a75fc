/**
 * A date and time the server renders into the admin (versions list,
 * dashboard), in Payload's own formatter with the admin's one pattern
 * (DATE_FORMAT) and in Amsterdam time: the server runs in UTC, while Payload's
 * client-side dates (lists, "Laatst opgeslagen") follow the editor's browser,
 * which is in the Netherlands; without the zone the two differed by an hour.
 */
import type { I18nClient } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import { DATE_FORMAT, TIMEZONE } from './dutch.ts'

export const adminDate = (date: string | Date, i18n: Pick<I18nClient, 'dateFNS' | 't'>): string =>
  formatDate({ date, i18n: i18n as I18nClient, pattern: DATE_FORMAT, timezone: TIMEZONE })

/** "9,8": seconds as Dutch editors write a decimal. */
export const dutchNumber = (value: number): string => value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
