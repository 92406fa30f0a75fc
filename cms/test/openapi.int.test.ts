/**
 * The OpenAPI document of the public read API (GET /api/openapi.json): it is
 * a valid OpenAPI 3.1 document, and every operation it documents on the CMS,
 * called as an anonymous visitor, answers what the document says (status and
 * body checked against the response schema with ajv). The schemas are
 * closed (no undocumented fields), so a field the API returns but the
 * document lacks fails here. The site's oEmbed operation is called in the
 * browser suite, where the site runs (tests/site/open-data.e2e.test.ts).
 */
import SwaggerParser from '@apidevtools/swagger-parser'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@toolkit/schemas'
import { MAX_PUBLIC_DEPTH, MAX_PUBLIC_LIMIT } from '../src/requests/limits.ts'
import { startTestCms, type TestCms } from './helpers/cms.ts'
import { makeFixtures, validDocument } from './helpers/fixtures.ts'

let cms: TestCms
let document: any
let dereferenced: any
const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)

beforeAll(async () => {
  cms = await startTestCms('openapi')
  const fixtures = await makeFixtures(cms.payload)
  const ids = { theme: fixtures.theme.id, production: fixtures.production.id }
  for (const collection of CONTENT_COLLECTIONS) {
    if (collection === 'themes' || collection === 'productions') continue
    await fixtures.create(collection, { ...validDocument(collection, `test-${collection}`, ids), editorNotes: [{ text: 'Alleen voor de redactie' }] })
    // A draft: documented reads never return it.
    await fixtures.create(collection, validDocument(collection, `concept-${collection}`, ids), false)
  }
  const response = await cms.rest('GET', '/openapi.json')
  expect(response.status).toBe(200)
  document = await response.json()
  dereferenced = await SwaggerParser.dereference(structuredClone(document))
})
afterAll(() => cms?.close())

/** Checks a response against the document: a documented status, and a body its schema accepts. */
async function expectDocumented(path: string, response: Response) {
  const operation = dereferenced.paths[path].get
  const documented = operation.responses[String(response.status)]
  const body = await response.clone().json().catch(() => undefined)
  expect(documented, `${path} answered ${response.status}, which the document does not list: ${JSON.stringify(body)?.slice(0, 300)}`).toBeDefined()
  const schema = documented.content?.['application/json']?.schema
  if (!schema) return body
  const validate = ajv.compile(schema)
  expect(validate(body), `${path} ${response.status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
  return body
}

/** A value for each query parameter, within its documented limits. */
function queryFor(operation: any): string {
  const params = new URLSearchParams()
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'query') continue
    if (parameter.name === 'limit') params.set('limit', String(parameter.schema.maximum))
    if (parameter.name === 'page') params.set('page', '1')
    if (parameter.name === 'depth') params.set('depth', String(parameter.schema.maximum))
    if (parameter.name === 'sort') params.set('sort', parameter.schema.enum.at(-1))
    if (parameter.name === 'where') params.set('where[slug][exists]', 'true')
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0')
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy()
  })

  it('documents every published collection with the public limits, and no editor-only field', () => {
    for (const collection of CONTENT_COLLECTIONS) {
      const list = document.paths[`/${collection}`].get
      const limit = list.parameters.find((parameter: any) => parameter.name === 'limit')
      expect(limit.schema.maximum).toBe(MAX_PUBLIC_LIMIT)
      expect(list.parameters.find((parameter: any) => parameter.name === 'depth').schema.maximum).toBe(MAX_PUBLIC_DEPTH)
      expect(document.paths[`/${collection}/{id}`].get).toBeDefined()
    }
    const text = JSON.stringify(document.components.schemas)
    for (const hidden of ['editorNotes', 'completeness', 'sourcesSilent']) expect(text).not.toContain(`"${hidden}"`)
  })

  it('each documented CMS operation answers as documented (lists, single documents, the snapshot, the open data global)', async () => {
    const called: string[] = []
    const firstIds = new Map<ContentCollectionSlug, unknown>()
    for (const [path, item] of Object.entries<any>(dereferenced.paths)) {
      if (item.servers) continue // another server (the site)
      if (path.includes('{id}')) continue // after the lists, with an id they returned
      const response = await cms.rest('GET', `${path}${queryFor(item.get)}`)
      expect(response.status, path).toBe(200)
      const body = await expectDocumented(path, response)
      const collection = path.slice(1) as ContentCollectionSlug
      if (CONTENT_COLLECTIONS.includes(collection)) {
        expect(body.docs.length, `${path} returns the published documents`).toBeGreaterThan(0)
        expect(body.docs.some((doc: any) => doc.slug.startsWith('concept-'))).toBe(false)
        firstIds.set(collection, body.docs[0].id)
      }
      called.push(path)
    }
    for (const collection of CONTENT_COLLECTIONS) {
      const path = `/${collection}/{id}`
      const response = await cms.rest('GET', `/${collection}/${firstIds.get(collection)}${queryFor(dereferenced.paths[path].get)}`)
      expect(response.status, path).toBe(200)
      await expectDocumented(path, response)
      called.push(path)
    }
    const onCms = Object.entries<any>(document.paths).filter(([, item]) => !item.servers).map(([path]) => path)
    expect(called.sort()).toEqual(onCms.sort())
  })

  it('documents the answers to bad requests: a limit over the maximum (400) and an unknown id (404)', async () => {
    const tooMany = await cms.rest('GET', `/fragments?limit=${MAX_PUBLIC_LIMIT + 1}`)
    expect(tooMany.status).toBe(400)
    expect(JSON.stringify(await expectDocumented('/fragments', tooMany))).toContain('limit')
    const missing = await cms.rest('GET', '/fragments/999999')
    expect(missing.status).toBe(404)
    await expectDocumented('/fragments/{id}', missing)
  })

  it('is readable as a page (GET /api/docs) made from the same document: every operation, its parameters and limits', async () => {
    const response = await cms.rest('GET', '/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    const html = await response.text()
    expect(html).toContain('<html lang="nl">')
    for (const [path, item] of Object.entries<any>(document.paths)) {
      expect(html).toContain(`id="${item.get.operationId}"`)
      expect(html).toContain(`<code>${path}</code>`)
    }
    expect(html).toContain(`1 tot en met ${MAX_PUBLIC_LIMIT}`)
    expect(html).toContain('<th scope="col">Veld</th>')
  })
})
