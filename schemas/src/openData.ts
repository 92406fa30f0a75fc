import { z } from 'zod'
import { EDITOR_ONLY_FIELDS, snapshotSchema } from './snapshot.ts'
export * from './openDataSettings.ts'

/**
 * Version of the open-data JSON format below. Raise it when a field is
 * removed or changes meaning, so re-users notice before their import breaks.
 */
export const OPEN_DATA_SCHEMA_VERSION = 1

/**
 * The downloadable open-data file (`/open-data/toolkit.json`): the snapshot
 * the site is built from, stamped with the format's version, with the
 * publisher and licence when editors set them. Editors' notes are never in it.
 */
export const openDataSchema = snapshotSchema.extend({
  /** Version of this format (`OPEN_DATA_SCHEMA_VERSION`). */
  schemaVersion: z.literal(OPEN_DATA_SCHEMA_VERSION),
})

export type OpenData = z.infer<typeof openDataSchema>

/**
 * The JSON Schema (draft 2020-12) of the open-data file, generated from the
 * zod model, so the published schema and the validation the site itself
 * does are one definition. It describes the file as written: fields that
 * are for editors only are left out.
 */
export function openDataJsonSchema(id?: string): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataSchema, {
    // The file is what the model reads (input): its transforms only drop editor notes.
    io: 'input',
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      const properties = jsonSchema.properties as Record<string, unknown> | undefined
      if (properties) for (const field of EDITOR_ONLY_FIELDS) delete properties[field]
    },
  }) as Record<string, unknown>
  return id ? { $schema: schema.$schema, $id: id, title: 'Toolkit destigmatisering: open data', ...schema } : schema
}
