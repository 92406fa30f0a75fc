/**
 * Where the embed views live, and the snippets an organisation pastes into
 * its intranet: a plain iframe, or the one-line script tag that inserts the
 * iframe and keeps it as tall as its content (public/embed.js).
 */
import { SECTIONS } from '../routes.ts'
import { ITEM_COLLECTIONS, type ItemCollection } from '../view/items.ts'
import { ITEM_VIEW_PATH } from './item-view.ts'
import { SITE_NAME } from '@toolkit/schemas/site-name'

/** Site path of the loader script; stable (not hashed), because intranets link to it. */
export const LOADER_PATH = '/embed.js'

/** Where the embed views live; not for search engines (lib/search-engines.ts). */
export const EMBED_ROOT = '/embed/'

/** Site path of an embed view: `/embed/interventies/wrap/`, or of a listing: `/embed/interventies/`. */
export function embedPath(collection: ItemCollection, slug?: string): string {
  return `${EMBED_ROOT}${SECTIONS[collection].path}/${slug ? `${slug}/` : ''}`
}

/**
 * The rewrites (status 200, for _redirects) that answer every item's embed
 * address with the one embed view file: per section, with and without the
 * final slash (Cloudflare matches a pattern as written). A section's listing,
 * `/embed/werkvormen/`, is a file of its own and matches none.
 */
export function itemViewRewrites(): Array<{ from: string; to: string; status: 200 }> {
  return ITEM_COLLECTIONS.flatMap((collection) =>
    [`/embed/${SECTIONS[collection].path}/:slug/`, `/embed/${SECTIONS[collection].path}/:slug`].map((from) => ({ from, to: ITEM_VIEW_PATH, status: 200 as const })),
  )
}

/** Site path of the oEmbed JSON written at build: `/oembed/interventies/wrap.json`, listings `…/index.json`. */
export function oembedPath(collection: ItemCollection, slug?: string): string {
  return `/oembed/${SECTIONS[collection].path}/${slug ?? 'index'}.json`
}

/** The oEmbed file of any collection's document (for moved slugs), or undefined for a kind without one (themes). */
export function oembedPathOfDoc(collection: string, slug: string): string | undefined {
  return (ITEM_COLLECTIONS as readonly string[]).includes(collection) ? oembedPath(collection as ItemCollection, slug) : undefined
}

/**
 * Height (px) a plain iframe or an oEmbed starts with, by kind. Only a first
 * guess: the script tag measures the real height.
 */
export const START_HEIGHTS: Record<ItemCollection | 'listing', number> = {
  fragments: 900,
  activities: 1000,
  interventions: 700,
  cases: 900,
  guidance: 600,
  evidence: 800,
  productions: 1000,
  listing: 800,
}

/** Width (px) of the iframe in an oEmbed response; consumers may ask for less (maxwidth). */
export const OEMBED_WIDTH = 720

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The iframe's accessible name on the host page: "Hoop (Toolkit destigmatisering)". */
export function frameTitle(title: string): string {
  return `${title} (${SITE_NAME})`
}

type IframeSnippet = {
  /** Absolute address of the embed view. */
  src: string
  title: string
  height: number
  /** Pixels, or "100%" (default) to fill the host's column. */
  width?: number | '100%'
  /** Marks the iframe for embed.js placed after it (the oEmbed html), which then sizes it to its content. */
  adopt?: boolean
}

/**
 * A plain iframe. `allow` lets the video inside go full screen and start after the reader's click;
 * no `allowfullscreen` beside it: browsers warn in the host's console that `allow` takes precedence.
 */
export function iframeSnippet({ src, title, height, width = '100%', adopt = false }: IframeSnippet): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle(title))}" width="${width}" height="${height}"${adopt ? ' data-toolkit-frame' : ''}` +
    ` style="border:0;max-width:100%" loading="lazy" allow="autoplay; fullscreen; picture-in-picture"></iframe>`
  )
}

type ScriptSnippet = {
  /** Absolute address of embed.js on the toolkit. */
  loaderUrl: string
  /** Site path of the embed view (without base): the loader resolves it against its own address. */
  path: string
  title: string
}

/** The one-line script tag: inserts the iframe where it stands and sizes it to its content. */
export function scriptSnippet({ loaderUrl, path, title }: ScriptSnippet): string {
  return `<script src="${escapeHtml(loaderUrl)}" data-toolkit="${escapeHtml(path)}" data-title="${escapeHtml(title)}" async></script>`
}
