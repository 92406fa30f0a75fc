/**
 * The OpenAPI 3.1 document of the public, read-only API: each published
 * collection's list and single-document reads with the query parameters an
 * anonymous visitor may use and their limits (requests/limits.ts), the open
 * data global, the snapshot, and the site's oEmbed endpoint. Built from the
 * running config (collections, fields, access rules, limits, where
 * operators), so it describes what the API does, not what someone wrote
 * down once. Served at GET /api/openapi.json (endpoints/openapi.ts).
 */
import type { PayloadRequest, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { CONTENT_COLLECTIONS, OPEN_DATA_SCHEMA_VERSION, SITE_SEGMENTS, publishedJsonSchema, snapshotSchema } from '@toolkit/schemas'
import { OPEN_DATA_GLOBAL } from '../globals/openDataSettings.ts'
import { MAX_PAGE, MAX_PUBLIC_DEPTH, MAX_PUBLIC_LIMIT } from '../requests/limits.ts'
import { LIST_OPERATORS, SCALAR_OPERATORS } from '../requests/where.ts'
import { documentSchema, globalSchema, type IdType, type JsonSchema } from './fieldSchemas.ts'

export type OpenApiOptions = {
  /** Where clients reach the CMS (Payload's serverURL). */
  cmsUrl: string
  /** Where clients reach the site (SITE_URL + SITE_BASE), for oEmbed. */
  siteUrl: string
  idType: IdType
}

/** Payload's default page size when a client names none. */
const DEFAULT_LIMIT = 10

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const json = (schema: JsonSchema, description: string) => ({ description, content: { 'application/json': { schema } } })
const errorResponse = (description: string) => json(ref('Fout'), description)

/** Top-level fields a list can be sorted on: those holding one plain value. */
function sortableFields(collection: SanitizedCollectionConfig, publicFields: Set<string>): string[] {
  const names = collection.flattenedFields
    .filter((field) => publicFields.has(field.name) && ['text', 'number', 'date', 'select', 'checkbox', 'email', 'radio'].includes(field.type) && !('hasMany' in field && field.hasMany))
    .map((field) => field.name)
  const all = [...new Set([...names, 'createdAt', 'updatedAt'])]
  return all.flatMap((name) => [name, `-${name}`])
}

function listParameters(collection: SanitizedCollectionConfig, publicFields: Set<string>) {
  return [
    {
      name: 'limit',
      in: 'query',
      description: `Aantal documenten per pagina (standaard ${DEFAULT_LIMIT}, hoogstens ${MAX_PUBLIC_LIMIT}).`,
      schema: { type: 'integer', minimum: 1, maximum: MAX_PUBLIC_LIMIT, default: DEFAULT_LIMIT },
    },
    { name: 'page', in: 'query', description: 'Welke pagina, vanaf 1.', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 } },
    depthParameter(),
    {
      name: 'sort',
      in: 'query',
      description: 'Veld om op te sorteren; met een minteken ervoor van hoog naar laag.',
      schema: { type: 'string', enum: sortableFields(collection, publicFields) },
    },
    {
      name: 'where',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description:
        'Filter als `where[veld][operator]=waarde`, bijvoorbeeld `where[slug][equals]=hoop`; een veld in een groep met een punt (`where[familiarity.percent][greater_than]=10`). ' +
        `Operatoren: ${[...SCALAR_OPERATORS].join(', ')}; met een lijst van waarden: ${[...LIST_OPERATORS].join(', ')}. Alleen gepubliceerde documenten worden gevonden.`,
      schema: {
        type: 'object',
        additionalProperties: { type: 'object', propertyNames: { enum: [...SCALAR_OPERATORS, ...LIST_OPERATORS] } },
      },
    },
  ]
}

const depthParameter = () => ({
  name: 'depth',
  in: 'query',
  description: `Hoe diep verwijzingen worden ingevuld: 0 geeft alleen ids, 1 of meer het gekoppelde document met slug, titel en status (hoogstens ${MAX_PUBLIC_DEPTH}).`,
  schema: { type: 'integer', minimum: 0, maximum: MAX_PUBLIC_DEPTH, default: 2 },
})

const listSchema = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer', minimum: 0 },
    limit: { type: 'integer', minimum: 0 },
    totalPages: { type: 'integer', minimum: 0 },
    page: { type: 'integer', minimum: 1 },
    pagingCounter: { type: 'integer', minimum: 0 },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
    nextPage: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
  },
  required: ['docs', 'totalDocs', 'limit', 'totalPages', 'page', 'hasPrevPage', 'hasNextPage'],
  additionalProperties: false,
})

/** The oEmbed answer of the site (https://oembed.com, type "rich"), as site/src/lib/embed/oembed.ts writes it. */
const OEMBED_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    type: { const: 'rich' },
    version: { const: '1.0' },
    title: { type: 'string' },
    provider_name: { type: 'string' },
    provider_url: { type: 'string', format: 'uri' },
    cache_age: { type: 'integer', minimum: 0 },
    html: { type: 'string' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
  required: ['type', 'version', 'html', 'width', 'height'],
}

export async function openApiDocument(config: SanitizedConfig, req: PayloadRequest, options: OpenApiOptions): Promise<Record<string, unknown>> {
  // Field rules are asked as an anonymous visitor: the document shows what the public gets.
  const anonymous = { ...req, user: null } as PayloadRequest
  const collections = CONTENT_COLLECTIONS.map((slug) => config.collections.find((collection) => collection.slug === slug)!).filter(Boolean)
  const schemas: Record<string, JsonSchema> = {
    Fout: {
      description: 'Een fout: wat er mis is, in het Nederlands, met het veld of de parameter.',
      type: 'object',
      properties: {
        errors: {
          type: 'array',
          items: { type: 'object', properties: { message: { type: 'string' }, name: { type: 'string' }, data: {} }, required: ['message'] },
        },
      },
      required: ['errors'],
    },
    Snapshot: { description: 'Alle gepubliceerde inhoud in één bestand; verwijzingen als slug.', ...withoutDialect(publishedJsonSchema(snapshotSchema)) },
    OEmbed: OEMBED_SCHEMA,
  }
  const paths: Record<string, unknown> = {}
  for (const collection of collections) {
    const name = schemaName(collection.slug)
    const document = await documentSchema(collection, options.idType, anonymous)
    schemas[name] = { description: `Een gepubliceerd document uit ${label(collection)}.`, ...document }
    const publicFields = new Set(Object.keys((document.properties ?? {}) as object))
    paths[`/${collection.slug}`] = {
      get: {
        operationId: `list-${collection.slug}`,
        tags: [label(collection)],
        summary: `Gepubliceerde ${label(collection).toLowerCase()}, per pagina`,
        parameters: listParameters(collection, publicFields),
        responses: { '200': json(listSchema(ref(name)), 'Eén pagina documenten.'), '400': errorResponse('Een parameter is ongeldig of buiten de grenzen; de fout noemt hem.') },
      },
    }
    paths[`/${collection.slug}/{id}`] = {
      get: {
        operationId: `get-${collection.slug}`,
        tags: [label(collection)],
        summary: `Eén gepubliceerd document uit ${label(collection).toLowerCase()}`,
        parameters: [
          { name: 'id', in: 'path', required: true, schema: options.idType === 'number' ? { type: 'integer', minimum: 1 } : { type: 'string' } },
          depthParameter(),
        ],
        responses: { '200': json(ref(name), 'Het document.'), '404': errorResponse('Geen gepubliceerd document met dit id.') },
      },
    }
  }
  const openData = config.globals.find((global) => global.slug === OPEN_DATA_GLOBAL)
  if (openData) {
    schemas.OpenData = { description: 'Uitgever en licentie van de open data; leeg zolang de redactie niets invult.', ...(await globalSchema(openData, options.idType, anonymous)) }
    paths[`/globals/${OPEN_DATA_GLOBAL}`] = {
      get: {
        operationId: 'get-open-data',
        tags: ['Open data'],
        summary: 'Uitgever en licentie van de open data',
        responses: { '200': json(ref('OpenData'), 'De instellingen; velden zonder waarde zijn null.') },
      },
    }
  }
  paths['/snapshot'] = {
    get: {
      operationId: 'get-snapshot',
      tags: ['Open data'],
      summary: 'Alle gepubliceerde inhoud in één antwoord',
      description: `Hetzelfde als het bestand op /open-data/ van de site (daar met schemaVersion ${OPEN_DATA_SCHEMA_VERSION}). Verwijzingen zijn slugs; contentVersion verandert zodra er iets gepubliceerd of gewijzigd wordt.`,
      responses: { '200': json(ref('Snapshot'), 'De gepubliceerde inhoud.') },
    },
  }
  paths['/oembed'] = {
    servers: [{ url: options.siteUrl, description: 'De site' }],
    get: {
      operationId: 'get-oembed',
      tags: ['Insluiten'],
      summary: 'oEmbed van een pagina van de site',
      description: `Voor een filmfragment, werkvorm, interventie of een ander onderdeel, of een overzicht daarvan. Op een statische host is hetzelfde antwoord het bestand /oembed/<onderdeel>/<slug>.json (onderdelen: ${Object.values(SITE_SEGMENTS).join(', ')}).`,
      parameters: [
        { name: 'url', in: 'query', required: true, description: 'Het adres van de pagina op de site.', schema: { type: 'string', format: 'uri' } },
        { name: 'format', in: 'query', schema: { type: 'string', enum: ['json'], default: 'json' } },
        { name: 'maxwidth', in: 'query', schema: { type: 'integer', minimum: 1 } },
        { name: 'maxheight', in: 'query', schema: { type: 'integer', minimum: 1 } },
      ],
      responses: { '200': json(ref('OEmbed'), 'Het oEmbed-antwoord (type rich: een iframe).'), '404': { description: 'Geen pagina die ingesloten kan worden.' } },
    },
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Toolkit destigmatisering: publieke API',
      version: String(OPEN_DATA_SCHEMA_VERSION),
      description:
        'De gepubliceerde inhoud van de toolkit, alleen lezen en zonder account. Concepten en notities voor de redactie zijn nooit zichtbaar. ' +
        `Per verzoek hoogstens ${MAX_PUBLIC_LIMIT} documenten en verwijzingen tot ${MAX_PUBLIC_DEPTH} niveaus diep. ` +
        'Een ongeldig verzoek krijgt een 400 die de parameter noemt. Antwoorden mogen een minuut bewaard worden (ETag, If-None-Match).',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: `${options.cmsUrl.replace(/\/+$/, '')}${config.routes.api}`, description: 'Het CMS' }],
    paths,
    components: { schemas },
  }
}

const label = (collection: SanitizedCollectionConfig) => {
  const plural = collection.labels?.plural
  return typeof plural === 'string' ? plural : collection.slug
}

/** `fragments` → `Fragments` (a component name). */
const schemaName = (slug: string) => slug.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())

/** A schema inside the document takes the document's dialect; its own `$schema` would be noise. */
function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = schema
  return rest
}
