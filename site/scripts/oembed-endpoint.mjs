/**
 * The standard oEmbed endpoint form, `/oembed?url=<page url>&format=json`,
 * for the site's own server (serve.mjs). A static host cannot answer it:
 * there the per-item file written at build (`/oembed/<section>/<slug>.json`,
 * linked from every page) is the endpoint. This module maps a request onto
 * that file, so both give the same JSON.
 */

/** Site path of the endpoint (without the base path). */
export const OEMBED_ENDPOINT = '/oembed'

/**
 * The oEmbed file of a page or embed view (site path, base stripped):
 * `/interventies/wrap/` and `/embed/interventies/wrap/` → `/oembed/interventies/wrap.json`;
 * a listing `/interventies/` → `/oembed/interventies/index.json`. Undefined for other paths.
 */
export function oembedFileFor(pagePath) {
  const match = pagePath.match(/^\/(?:embed\/)?([a-z0-9-]+)\/(?:([a-z0-9-]+)\/)?$/)
  if (!match || match[1] === 'oembed') return undefined
  return `/oembed/${match[1]}/${match[2] ?? 'index'}.json`
}

/** Shrinks width and height to the consumer's maxwidth/maxheight, in the JSON and in the iframe's attributes (the spec requires it). */
export function fitToMaxSize(data, maxwidth, maxheight) {
  const fit = (value, max) => (Number.isInteger(max) && max > 0 ? Math.min(value, max) : value)
  const width = fit(data.width, maxwidth)
  const height = fit(data.height, maxheight)
  const html = data.html.replace(/ width="\d+"/, ` width="${width}"`).replace(/ height="\d+"/, ` height="${height}"`)
  return { ...data, width, height, html }
}

/** A filtered listing (`/interventies/?thema=hoop`): the same filters go into the embedded view's address. */
export function withListingQuery(data, search) {
  const query = new URLSearchParams(search).toString()
  if (!query) return data
  const escaped = query.replace(/&/g, '&amp;').replace(/"/g, '%22')
  return { ...data, html: data.html.replace(/ src="([^"?]*)"/, (_, src) => ` src="${src}?${escaped}"`) }
}

const integer = (value) => (value && /^\d+$/.test(value) ? Number(value) : undefined)

/**
 * Answers one endpoint request. `read(sitePath)` resolves to a built file's
 * text or undefined; `host` is the Host of the request. Resolves to
 * `{ status, body }`: the JSON, or a short Dutch message (404 for URLs that
 * are not ours, 501 for any format but json, as the oEmbed spec says).
 */
export async function answerOembed(params, { base = '/', host, read }) {
  const format = params.get('format') ?? 'json'
  if (format !== 'json') return { status: 501, body: 'Alleen format=json wordt ondersteund.' }
  let page
  try {
    page = new URL(params.get('url') ?? '')
  } catch {
    return { status: 404, body: 'Geen geldige url.' }
  }
  const notFound = { status: 404, body: 'Voor deze url is geen oEmbed beschikbaar.' }
  if ((page.protocol !== 'http:' && page.protocol !== 'https:') || !page.pathname.startsWith(base)) return notFound
  const file = oembedFileFor(page.pathname.slice(base.length - 1))
  const text = file && (await read(file))
  if (!text) return notFound
  let data = JSON.parse(text)
  // Our own pages only: the public address the build was made for, or the host that was asked.
  if (page.host !== host && page.host !== new URL(data.provider_url).host) return notFound
  if (file.endsWith('/index.json')) data = withListingQuery(data, page.search)
  data = fitToMaxSize(data, integer(params.get('maxwidth')), integer(params.get('maxheight')))
  return { status: 200, body: JSON.stringify(data) }
}
