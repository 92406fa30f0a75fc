import { z } from 'zod'
import { url } from './common.ts'

/**
 * What editors say about the open data (the CMS global "Open data"). No
 * source names a publisher or a licence for the toolkit, so every field is
 * optional and the site shows only what is set.
 */
export const openDataSettingsSchema = z.object({
  /** Who publishes the data set, as editors write it. */
  publisher: z.string().trim().min(1).optional(),
  /** Name of the licence the data is published under, e.g. as its licensor names it. */
  licence: z.string().trim().min(1).optional(),
  /** Where the licence's text is. */
  licenceUrl: url.optional(),
})

export type OpenDataSettings = z.infer<typeof openDataSettingsSchema>
