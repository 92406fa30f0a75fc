import type { Payload } from 'payload'
import { isEditorUser } from '../access/roles.ts'
import { siteUpdateStatus, type SiteUpdateStatus as Status } from '../publishing/status.ts'

const time = (iso?: string) => (iso ? new Date(iso).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }) : '')

function describe(status: Status): string {
  switch (status.state) {
    case 'none':
      return 'Nog geen site-update sinds de start.'
    case 'waiting':
      return `Site-update staat klaar (${status.reason ?? 'publicatie'}).`
    case 'running':
      return `De site wordt nu bijgewerkt (${status.reason ?? 'publicatie'}) …`
    case 'done':
      return `Site bijgewerkt op ${time(status.at)}${status.seconds ? ` in ${status.seconds} s` : ''} (${status.reason ?? 'publicatie'}).`
    case 'unchanged':
      return `Laatste controle ${time(status.at)}: de gepubliceerde inhoud was ongewijzigd.`
    case 'failed':
      return `Site-update mislukt op ${time(status.at)}: ${status.error}`
  }
}

const MODE = {
  local: 'De CMS bouwt de site zelf.',
  hook: 'De CMS roept de build-hook van de site aan.',
  off: 'Publiceren werkt de site niet automatisch bij (SITE_UPDATE en SITE_BUILD_HOOK_URL zijn niet gezet).',
}

/** On the dashboard: the state of the public site after the last publication. Editors only. */
export async function SiteUpdateStatus({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!isEditorUser(user as { roles?: ('admin' | 'editor')[] })) return null
  const status = await siteUpdateStatus(payload)
  return (
    <section aria-labelledby="site-update-kop" className="site-update-status" data-state={status.state} style={{ marginBottom: '2rem' }}>
      <h2 id="site-update-kop" style={{ fontSize: '1.1rem' }}>
        Publieke site
      </h2>
      <p role="status">{describe(status)}</p>
      <p style={{ opacity: 0.8 }}>{MODE[status.mode]}</p>
    </section>
  )
}
