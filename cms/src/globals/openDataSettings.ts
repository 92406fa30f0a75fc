import { openDataSettingsSchema } from '@toolkit/schemas'

/**
 * The open-data settings as data: the global's slug and fields, and the
 * settings as the snapshot holds them. Apart from the global's config
 * (OpenData.ts), whose hook starts a site update: the snapshot, which a site
 * update reads, takes the settings from here without importing the update.
 */
export const OPEN_DATA_GLOBAL = 'open-data'

/** The fields the site reads, in the schema's order; each is optional. */
const OPEN_DATA_FIELDS = Object.keys(openDataSettingsSchema.shape) as (keyof typeof openDataSettingsSchema.shape)[]

/**
 * The settings as the snapshot holds them: only fields with a valid value
 * (the field validation keeps bad ones out; one stored before a rule
 * tightened is left out rather than dropping the others with it).
 */
export function openDataOf(doc: Record<string, unknown> | undefined): Record<string, string> {
  const set: Record<string, string> = {}
  for (const name of OPEN_DATA_FIELDS) {
    const value = typeof doc?.[name] === 'string' ? (doc[name] as string).trim() : ''
    if (value !== '' && openDataSettingsSchema.shape[name].safeParse(value).success) set[name] = value
  }
  return set
}
