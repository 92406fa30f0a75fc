import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import { isEditorUser } from '../access/roles.ts'
import { siteUpdateStatus } from '../publishing/status.ts'
import { describeSiteUpdate } from './siteUpdateText.ts'

const MODE = {
  local: 'Het CMS bouwt de site zelf.',
  hook: 'Het CMS roept de build-hook van de site aan.',
  off: 'Publiceren werkt de site niet automatisch bij (SITE_UPDATE en SITE_BUILD_HOOK_URL zijn niet gezet).',
}

/** When this CMS process started (Node's time origin), not when the dashboard first loaded this module. */
const STARTED_AT = new Date(performance.timeOrigin)

/** On the dashboard: the state of the public site after the last publication. Editors only. */
export async function SiteUpdateStatus({ i18n, payload, user }: { i18n: I18nClient; payload: Payload; user?: unknown }) {
  if (!isEditorUser(user as { roles?: ('admin' | 'editor')[] })) return null
  const status = await siteUpdateStatus(payload)
  return (
    <section aria-labelledby="site-update-kop" className="site-update-status" data-state={status.state} style={{ marginBottom: '2rem' }}>
      <h2 id="site-update-kop" style={{ fontSize: '1.1rem' }}>
        Publieke site
      </h2>
      <p role="status">{describeSiteUpdate(status, i18n, STARTED_AT)}</p>
      <p style={{ opacity: 0.8 }}>{MODE[status.mode]}</p>
    </section>
  )
}
