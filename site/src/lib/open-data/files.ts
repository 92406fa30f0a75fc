/**
 * The open-data files, made from the content the pages are built from (one
 * load per build), so a download always matches the site: the whole
 * toolkit as one JSON file in the snapshot format, its JSON Schema, and one
 * CSV per collection. Made once per content object; the page and the
 * endpoints that serve the files share them.
 */
import {
  CONTENT_COLLECTIONS,
  OPEN_DATA_SCHEMA_VERSION,
  openDataJsonSchema,
  snapshotSchema,
  EDITOR_ONLY_FIELDS,
  type ContentCollectionSlug,
  type OpenData,
} from '@toolkit/schemas'
import type { Content } from '../content/index.ts'
import { remembered, type Remembered } from '../content/reads.ts'
import { spreadsheetCsv } from '@toolkit/schemas/csv'
import { columnsOf, type Column } from './columns.ts'
import { CSV_DESCRIPTIONS } from './descriptions.ts'

/** Site paths of the files (under /open-data/). */
export const JSON_PATH = '/open-data/toolkit.json'
export const SCHEMA_PATH = '/open-data/toolkit.schema.json'
export const csvPath = (collection: ContentCollectionSlug) => `/open-data/${collection}.csv`

export type OpenDataFile = {
  path: string
  /** The bytes as served (UTF-8). */
  body: Uint8Array<ArrayBuffer>
  /** Last change of what is in it (ISO 8601): the newest document's `updatedAt`. */
  updatedAt: string | undefined
  documents: number
}

export type CsvFile = OpenDataFile & { collection: ContentCollectionSlug; description: string; columns: string[] }

export type OpenDataFiles = { json: OpenDataFile; schema: OpenDataFile; csv: CsvFile[] }

/** The columns of each collection's CSV, from the schema the snapshot validates with; editors' fields never. */
export function csvColumns(collection: ContentCollectionSlug): Column[] {
  const documentSchema = snapshotSchema.shape.collections.shape[collection].element
  return columnsOf(documentSchema).filter((column) => !EDITOR_ONLY_FIELDS.includes(column.name.split('.')[0]!))
}

/** The CSV of one collection: a header row of field names, then one row per document. */
export function collectionCsv(collection: ContentCollectionSlug, docs: readonly unknown[]): string {
  const columns = csvColumns(collection)
  return spreadsheetCsv([columns.map((column) => column.name), ...docs.map((doc) => columns.map((column) => column.cell(doc)))])
}

/** The whole published toolkit in the open-data format (`openDataSchema`). */
export function openDataDocument(content: Content): OpenData {
  const { generatedAt, contentVersion, openData, collections } = content.snapshot
  return { schemaVersion: OPEN_DATA_SCHEMA_VERSION, generatedAt, contentVersion, ...(openData ? { openData } : {}), collections }
}

const newest = (docs: readonly { updatedAt: string }[]) =>
  docs.reduce<string | undefined>((latest, doc) => (latest === undefined || doc.updatedAt > latest ? doc.updatedAt : latest), undefined)

const encoder = new TextEncoder()
/** Remembered with the reads they were made from (content/reads.ts): every page that shows them depends on those. */
const made = new WeakMap<Content, Remembered<OpenDataFiles>>()

/** Every open-data file for this content; `schemaUrl` is the schema's public address (its `$id`). */
export function openDataFiles(content: Content, schemaUrl: string): OpenDataFiles {
  return remembered(made, content, () => filesOf(content, schemaUrl))
}

function filesOf(content: Content, schemaUrl: string): OpenDataFiles {
  const all = CONTENT_COLLECTIONS.flatMap((collection) => content.collections[collection] as readonly { updatedAt: string }[])
  const files: OpenDataFiles = {
    json: {
      path: JSON_PATH,
      body: encoder.encode(JSON.stringify(openDataDocument(content))),
      updatedAt: newest(all),
      documents: all.length,
    },
    schema: {
      path: SCHEMA_PATH,
      body: encoder.encode(JSON.stringify(openDataJsonSchema(schemaUrl), null, 2)),
      updatedAt: undefined,
      documents: 0,
    },
    csv: CONTENT_COLLECTIONS.map((collection) => {
      const docs = content.collections[collection] as readonly { updatedAt: string }[]
      return {
        collection,
        path: csvPath(collection),
        body: encoder.encode(collectionCsv(collection, docs)),
        updatedAt: newest(docs),
        documents: docs.length,
        description: CSV_DESCRIPTIONS[collection],
        columns: csvColumns(collection).map((column) => column.name),
      }
    }),
  }
  return files
}
