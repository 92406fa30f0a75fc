/**
 * The dashboard's sentence about the public site (SiteUpdateStatus.tsx), from
 * the newest site update in the jobs queue (publishing/status.ts).
 */
import type { I18nClient } from '@payloadcms/translations'
import type { SiteUpdateStatus } from '../publishing/status.ts'
import { adminDate, dutchNumber } from './adminDate.ts'

type I18n = Pick<I18nClient, 'dateFNS' | 't'>

/**
 * No update since the CMS has its jobs: `npm start` builds the site itself
 * right after the CMS is up (scripts/start.mjs), a host builds it on deploy,
 * so the site shows what was published when the CMS started.
 */
function nothingYet(status: SiteUpdateStatus, i18n: I18n, startedAt: Date): string {
  const since = adminDate(startedAt, i18n)
  if (status.mode === 'local') return `De site is bij de start gebouwd (CMS gestart op ${since}); sindsdien is er niets gepubliceerd.`
  return `Sinds de start van het CMS (${since}) is er niets gepubliceerd; de site is niet opnieuw gebouwd.`
}

export function describeSiteUpdate(status: SiteUpdateStatus, i18n: I18n, startedAt: Date): string {
  const at = status.at ? adminDate(status.at, i18n) : ''
  const reason = status.reason ?? 'publicatie'
  switch (status.state) {
    case 'none':
      return nothingYet(status, i18n, startedAt)
    case 'waiting':
      return `Site-update staat klaar (${reason}).`
    case 'running':
      return `De site wordt nu bijgewerkt (${reason}) …`
    case 'done':
      return `Site bijgewerkt op ${at}${status.seconds ? ` in ${dutchNumber(status.seconds)} s` : ''} (${reason}).`
    case 'unchanged':
      return `Laatste controle ${at}: de gepubliceerde inhoud was ongewijzigd.`
    case 'failed':
      return `Site-update mislukt op ${at}: ${status.error}`
  }
}
