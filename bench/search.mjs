/**
 * Search on the built site in a real browser (headless Chromium, launched as
 * the e2e tests launch it), on the site's own page /zoeken/ served by the
 * handler of site/scripts/serve.mjs. Per query:
 *
 * - cold: a fresh browser context (empty cache) opens /zoeken/; as soon as
 *   the page has loaded (the load event) the query is typed and Enter
 *   pressed, so search set-up still running counts;
 * - warm: a second visit in the same context (HTTP cache filled), the same
 *   query the same way.
 *
 * The time runs from the Enter keydown to the frame after the result list
 * names the query (data-search-query, written when the results are in the
 * list: site/src/lib/view/search-page.ts), measured in the page's own clock.
 * Typing without Enter adds the page's 180 ms debounce. Bytes are what the
 * server put on the wire (headers and compressed bodies) for the whole visit
 * and for the search files under /pagefind/ (Pagefind's script, worker and
 * WebAssembly, the index chunks and result fragments, the page table and
 * word list of the search page), and of those the files the page asked for
 * before the results were shown: what the first query waited for (the
 * search page loads its page table after the results when no filter is
 * chosen, and its word list only when a query finds nothing). The server
 * sends a file's brotli copy where the build wrote one (Pagefind's
 * metadata and WebAssembly: site/src/integrations/search-data.ts);
 * Chromium asks for brotli, so those are the bytes counted.
 */
import http from 'node:http'
import { createHandler } from '../site/scripts/serve.mjs'
import { launchBrowser } from '../tests/lib/browser.ts'
import { percentile } from './stats.mjs'

/** What a file under /pagefind/ is for, so the bytes of a first query can be told apart. */
const SEARCH_FILE_KINDS = [
  [/\/pagefind(-worker)?\.js$/, 'Pagefind scripts'],
  [/\/wasm\.[^/]*\.pagefind$/, 'WebAssembly'],
  [/\/index\/[^/]*\.pf_index$/, 'index chunks'],
  [/\/fragment\/[^/]*\.pf_fragment$/, 'result fragments'],
  [/\/filter\/[^/]*\.pf_filter$/, 'filter chunks'],
  [/\.pf_meta$|pagefind-entry\.json/, 'index metadata'],
  [/\/toolkit-pages\.json$/, 'page table (toolkit-pages.json)'],
  [/\/toolkit-words\.txt$/, 'word list (toolkit-words.txt)'],
]

export function searchFileKind(path) {
  const pathname = path.split('?')[0]
  return SEARCH_FILE_KINDS.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'other'
}

/**
 * Serves `siteDir` with the site's own handler (site/scripts/serve.mjs:
 * compression, headers, ETags) on a free port, and logs the bytes each
 * response put on the wire (headers and compressed body), read from the
 * socket: Chrome does not report the compressed size of a worker's script.
 */
async function countingServer(siteDir) {
  const handler = createHandler({ root: siteDir })
  const responses = []
  let inFlight = 0
  let lastActivity = Date.now()
  const server = http.createServer((req, res) => {
    const path = req.url
    // One response at a time per connection (HTTP/1.1), so the socket's growth is this response.
    const before = req.socket.bytesWritten
    // When the request came in, on the clock the page's shownAt uses (both the machine's wall clock).
    const at = Date.now()
    inFlight += 1
    res.on('close', () => {
      inFlight -= 1
      lastActivity = Date.now()
      responses.push({ path, at, bytes: req.socket.bytesWritten - before })
    })
    handler(req, res)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    /** Forgets what was sent so far. */
    reset: () => responses.splice(0),
    /** Waits until no response is open and none was for `quietMs`. */
    async settled(quietMs = 150, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs
      while ((inFlight > 0 || Date.now() - lastActivity < quietMs) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
    },
    /** Bytes of the visit; `shownAt` (epoch ms): requests that came in later are counted as after the results. */
    totals(shownAt) {
      const search = responses.filter((response) => response.path.includes('/pagefind/'))
      const sum = (list) => list.reduce((total, response) => total + response.bytes, 0)
      const byKind = (list) => {
        const kinds = {}
        for (const response of list) kinds[searchFileKind(response.path)] = (kinds[searchFileKind(response.path)] ?? 0) + response.bytes
        return kinds
      }
      const late = search.filter((response) => response.at > shownAt)
      return {
        pageBytes: sum(responses),
        searchBytes: sum(search),
        searchBytesBeforeResults: sum(search) - sum(late),
        requests: responses.length,
        searchRequests: search.length,
        searchFiles: byKind(search),
        searchFilesAfterResults: byKind(late),
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

/** One visit to /zoeken/ with one query: time from Enter to results shown, and bytes. */
async function visit(context, server, query) {
  const page = await context.newPage()
  try {
    server.reset()
    await page.goto(new URL('zoeken/', server.url).href, { waitUntil: 'load' })
    await page.evaluate((expected) => {
      const list = document.querySelector('[data-search-results]')
      const input = document.querySelector('#zoekterm')
      const bench = (window.__bench = {})
      input.addEventListener(
        'keydown',
        (event) => {
          if (event.key !== 'Enter') return
          bench.t0 = performance.now()
          // Whether Pagefind had finished loading when the query was sent (search-page.ts marks it).
          bench.readyAtEnter = document.querySelector('[data-search]')?.dataset.searchReady !== undefined
        },
        { capture: true },
      )
      new MutationObserver(() => {
        if (list.dataset.searchQuery !== expected || bench.t0 === undefined || bench.seen) return
        bench.seen = true
        requestAnimationFrame(() => {
          bench.shownMs = performance.now() - bench.t0
          bench.shownAt = performance.timeOrigin + performance.now()
          bench.results = list.children.length
          bench.status = document.querySelector('[data-search-status]')?.textContent ?? ''
        })
      }).observe(list, { attributes: true, attributeFilter: ['data-search-query'] })
    }, query)
    await page.fill('#zoekterm', query)
    await page.press('#zoekterm', 'Enter')
    await page.waitForFunction(() => window.__bench.shownMs !== undefined, null, { timeout: 30_000 })
    const { shownMs, shownAt, results, status, readyAtEnter } = await page.evaluate(() => window.__bench)
    await server.settled()
    return { ms: Math.round(shownMs), results, status, readyAtEnter, ...server.totals(shownAt) }
  } finally {
    await page.close()
  }
}

function summarise(samples, key) {
  const values = (field) => samples.map((sample) => sample[key][field])
  return {
    p50Ms: percentile(values('ms'), 50),
    p95Ms: percentile(values('ms'), 95),
    maxMs: Math.max(...values('ms')),
    searchBytesP50: percentile(values('searchBytes'), 50),
    searchBytesP95: percentile(values('searchBytes'), 95),
    searchBytesMax: Math.max(...values('searchBytes')),
    /** Of those, what was asked for before the results were shown. */
    searchBytesBeforeResultsP50: percentile(values('searchBytesBeforeResults'), 50),
    searchBytesBeforeResultsP95: percentile(values('searchBytesBeforeResults'), 95),
    pageBytesP50: percentile(values('pageBytes'), 50),
    pageBytesMax: Math.max(...values('pageBytes')),
    /** Queries sent while the page was still loading Pagefind: their time includes the rest of that. */
    notReadyAtEnter: values('readyAtEnter').filter((ready) => !ready).length,
  }
}

/** Runs every query cold and warm on the site built in `siteDir`. */
export async function benchSearch({ siteDir, queries, log }) {
  const server = await countingServer(siteDir)
  const browser = await launchBrowser()
  try {
    const samples = []
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext()
      try {
        const cold = await visit(context, server, query)
        const warm = await visit(context, server, query)
        samples.push({ query, cold, warm })
        log(`zoeken ${i + 1}/${queries.length} “${query}”: koud ${cold.ms} ms (${Math.round(cold.searchBytes / 1024)} KB zoekbestanden), warm ${warm.ms} ms, ${cold.results} resultaten`)
      } finally {
        await context.close()
      }
    }
    return { queries: samples.length, cold: summarise(samples, 'cold'), warm: summarise(samples, 'warm'), samples }
  } finally {
    await browser.close()
    await server.close()
  }
}
