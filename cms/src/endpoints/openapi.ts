import { DEFAULT_ADDRESSES } from '@toolkit/schemas/ports'
import type { Endpoint } from 'payload'
import { openApiDocument } from '../openapi/document.ts'
import { openApiHtml } from '../openapi/html.ts'
import { siteAddress } from '../preview/settings.ts'

/** The document's options from the running CMS: its public address, the site's, the database's ids. */
const optionsFor = (req: Parameters<Endpoint['handler']>[0], site = siteAddress()) => ({
  cmsUrl: req.payload.config.serverURL || new URL(req.url ?? DEFAULT_ADDRESSES.cms).origin,
  siteUrl: new URL(site.base, site.url).toString().replace(/\/+$/, ''),
  idType: req.payload.db.defaultIDType === 'number' ? ('number' as const) : ('text' as const),
})

/** `GET /api/openapi.json`: the OpenAPI 3.1 document of the public read API (openapi/document.ts). */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: async (req) =>
    Response.json(await openApiDocument(req.payload.config, req, optionsFor(req)), {
      headers: { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' },
    }),
}

/** `GET /api/docs`: the same document as a page to read (openapi/html.ts). */
export const apiDocsEndpoint: Endpoint = {
  path: '/docs',
  method: 'get',
  handler: async (req) => {
    const options = optionsFor(req)
    const document = await openApiDocument(req.payload.config, req, options)
    const jsonUrl = `${options.cmsUrl.replace(/\/+$/, '')}${req.payload.config.routes.api}/openapi.json`
    return new Response(openApiHtml(document, jsonUrl), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
    })
  },
}
