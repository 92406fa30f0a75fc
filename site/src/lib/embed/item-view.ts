/**
 * The embed view of an item, drawn from the item's own page instead of a
 * second page per item: /embed/<section>/<slug>/ is answered with one file,
 * the view (src/pages/embed/weergave.astro, through a rewrite in _redirects:
 * src/http/redirect-rules.mjs), whose script fetches /<section>/<slug>/ and
 * shows its article without what only the page has. So the page and its
 * embed view can never differ in content, and the build writes one page per
 * item (at 10,000 documents: 10,000 fewer pages, 4.8 KB less per document).
 *
 * The page marks what the view leaves out (`data-embed-omit`: taxonomy,
 * planner link, embed panel, "Heb je dit gebruikt?", the question tools) and
 * what only the view shows (`data-embed-only`, hidden on the page).
 */

/** On the item page: left out of its embed view. */
export const EMBED_OMIT = 'data-embed-omit'
/** On the item page: hidden there, shown in its embed view. */
export const EMBED_ONLY = 'data-embed-only'

/** The view while it fetches its item (the frame then keeps its height: EmbedLayout reports none). */
export const ITEM_VIEW_BUSY = '[data-item-view][aria-busy]'
/** Dispatched on the document once the view shows its item or says why not: EmbedLayout reports the height then. */
export const ITEM_VIEW_SHOWN = 'toolkit:item-view-shown'

/** Site path of the one file that shows every item's embed view. */
export const ITEM_VIEW_PATH = '/embed/weergave/'

/**
 * The item page an embed address shows: `/embed/werkvormen/x/` (under the
 * site's base path `base`) → `/werkvormen/x/`, base included. Undefined for
 * any other address, the view's own included: it shows nothing of its own.
 */
export function itemPageOf(pathname: string, base = '/'): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`
  if (!pathname.startsWith(`${prefix}embed/`)) return undefined
  const match = pathname.slice(prefix.length).match(/^embed\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/)
  if (!match || `/embed/${match[1]}/` === ITEM_VIEW_PATH) return undefined
  return `${prefix}${match[1]}/${match[2]}/`
}

/**
 * The article of an item page as its embed view shows it, taken out of the
 * page's document: marked parts left out, view-only parts shown, a facts list
 * left empty by that taken away. Undefined when the page has no item article.
 */
export function embedArticle(page: Document): HTMLElement | undefined {
  const article = page.querySelector<HTMLElement>('article.detail')
  if (!article) return undefined
  for (const element of article.querySelectorAll(`[${EMBED_OMIT}]`)) element.remove()
  for (const element of article.querySelectorAll<HTMLElement>(`[${EMBED_ONLY}]`)) element.hidden = false
  for (const list of article.querySelectorAll('dl.facts')) if (!list.querySelector('dt')) list.remove()
  // The view is not indexed: the page is.
  for (const element of article.querySelectorAll('[data-pagefind-body]')) element.removeAttribute('data-pagefind-body')
  article.removeAttribute('data-pagefind-body')
  // The page sets related items beside a narrow article; the view has the width to itself.
  article.classList.add('wide')
  return article
}
