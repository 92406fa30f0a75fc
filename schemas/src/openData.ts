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
 * The JSON Schema (draft 2020-12) of data in the shape of a zod model, as
 * it is published: what the model reads (its transforms only drop editor
 * fields), without the fields that are for editors only. The open-data
 * file's schema and the OpenAPI document's snapshot schema are made by it,
 * so the published schemas and the validation the site does are one
 * definition.
 */
export function publishedJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      const properties = jsonSchema.properties as Record<string, unknown> | undefined
      if (properties) for (const field of EDITOR_ONLY_FIELDS) delete properties[field]
    },
  }) as Record<string, unknown>
}

/** The JSON Schema of the open-data file (`/open-data/toolkit.schema.json`), with its public address as `$id`. */
export function openDataJsonSchema(id?: string): Record<string, unknown> {
  const schema = publishedJsonSchema(openDataSchema)
  return id ? { $schema: schema.$schema, $id: id, title: 'Toolkit destigmatisering: open data', ...schema } : schema
}
