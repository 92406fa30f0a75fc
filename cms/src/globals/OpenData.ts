import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'
import { openDataSettingsSchema } from '@toolkit/schemas'
import { anyone, editors } from '../access/predicates.ts'
import { enqueueSiteUpdate } from '../publishing/enqueueSiteUpdate.ts'
import { invalidatePublicReads } from '../requests/publicReadCache.ts'
import { OPEN_DATA_GLOBAL } from './openDataSettings.ts'

/** A change shows on /open-data/ after the next site update, like a publish. */
const updateSite: GlobalAfterChangeHook = async ({ doc, req }) => {
  invalidatePublicReads()
  if (!req.context?.skipSiteUpdate) await enqueueSiteUpdate(req, 'Open data (uitgever, licentie) gewijzigd')
  return doc
}

/**
 * Publisher and licence of the open data (`/open-data/` on the site, the
 * JSON and CSV files). No source names either, so nothing is filled in by
 * default: the site shows only what editors set here.
 */
export const OpenData: GlobalConfig = {
  slug: OPEN_DATA_GLOBAL,
  label: 'Open data',
  admin: {
    group: 'Instellingen',
    description: 'Wie de open data van de toolkit uitgeeft en onder welke licentie. De site toont alleen wat hier is ingevuld.',
  },
  access: { read: anyone, update: editors },
  hooks: { afterChange: [updateSite] },
  fields: [
    {
      name: 'publisher',
      type: 'text',
      label: 'Uitgever',
      admin: { description: 'De organisatie die de gegevens uitgeeft, zoals die genoemd wil worden.' },
    },
    {
      name: 'licence',
      type: 'text',
      label: 'Licentie',
      admin: { description: 'Naam van de licentie waaronder de gegevens hergebruikt mogen worden. Leeg: de site noemt geen licentie.' },
    },
    {
      name: 'licenceUrl',
      type: 'text',
      label: 'Link naar de licentietekst',
      validate: (value: string | null | undefined) => {
        if (!value) return true
        const result = openDataSettingsSchema.shape.licenceUrl.safeParse(value)
        return result.success || 'Moet een volledige http(s)-link zijn.'
      },
    },
  ],
}

