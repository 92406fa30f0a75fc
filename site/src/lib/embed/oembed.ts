/**
 * oEmbed responses (https://oembed.com, type "rich"): one JSON file per item
 * and per listing, written at build (integrations/oembed.ts). Its `html` is the
 * plain iframe snippet, so a consumer (WordPress, SharePoint, a CMS) shows
 * the same embed view an organisation can paste by hand.
 */
import { SITE_NAME } from '@toolkit/schemas/site-name'
import { OEMBED_WIDTH, escapeHtml, iframeSnippet } from './snippets.ts'

/**
 * Seconds a consumer may keep the response. Only the snippet is cached: the
 * iframe always shows the current content, so a day is safe.
 */
export const CACHE_AGE_SECONDS = 86_400

export type OembedResponse = {
  type: 'rich'
  version: '1.0'
  title: string
  provider_name: string
  provider_url: string
  cache_age: number
  html: string
  width: number
  height: number
}

type OembedInput = {
  title: string
  /** Absolute address of the embed view. */
  embedUrl: string
  /** Absolute address of the toolkit's home page. */
  providerUrl: string
  height: number
  width?: number
  /**
   * Absolute address of embed.js. With it the html carries the loader after
   * the iframe, which then keeps the iframe as tall as its content; a
   * consumer that strips scripts keeps the iframe at `height`.
   */
  loaderUrl?: string
}

export function oembedResponse({ title, embedUrl, providerUrl, height, width = OEMBED_WIDTH, loaderUrl }: OembedInput): OembedResponse {
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: SITE_NAME,
    provider_url: providerUrl,
    cache_age: CACHE_AGE_SECONDS,
    html: iframeSnippet({ src: embedUrl, title, height, width, adopt: Boolean(loaderUrl) }) + (loaderUrl ? `<script src="${escapeHtml(loaderUrl)}" async></script>` : ''),
    width,
    height,
  }
}
