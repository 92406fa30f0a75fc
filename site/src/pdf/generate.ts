/**
 * Generates every PDF of a snapshot into the cache and returns the manifest
 * pages read their links and sizes from. Only jobs whose hash is not cached
 * are rendered (worker-pool.ts); the rest cost one stat each.
 */
import type { Snapshot } from '@toolkit/schemas'
import { withBase } from '../lib/routes.ts'
import { rendererFingerprint } from './fingerprint.ts'
import { jobHash } from './job-hash.ts'
import type { PdfCollection, SiteContext } from './job-types.ts'
import { pdfJobs } from './jobs.ts'
import { PdfCache } from './pdf-cache.ts'
import type { RenderRequest } from './render-worker.ts'
import { renderInPool } from './worker-pool.ts'

export type PdfManifestEntry = {
  collection: PdfCollection
  slug: string
  /** Path in the built site, without base: `pdf/fragments/hoop.pdf`. */
  file: string
  /** Link for pages, with the base path: `/toolkit/pdf/fragments/hoop.pdf`. */
  href: string
  bytes: number
  /** What the PDF is: "Hoop, vragenblad bij een filmfragment". */
  label: string
  /** Content hash: the cache key. */
  hash: string
}

export type PdfManifest = {
  /** The snapshot's content version the PDFs were made from. */
  contentVersion: string
  /** Entries by `collection/slug`. */
  entries: Record<string, PdfManifestEntry>
}

export type GenerateOptions = {
  snapshot: Snapshot
  site: SiteContext
  cacheDir: string
  /** Threads that render (1: this thread only); default: every core. */
  threads?: number
  /** From how many PDFs to render on worker threads (worker-pool.ts); for tests. */
  poolFrom?: number
}

export type GenerateResult = {
  manifest: PdfManifest
  /** Rendered in this run. */
  made: number
  /** Taken from the cache. */
  cached: number
  ms: number
  /** "PDF's: 12 gemaakt, 52 uit cache, 1,8 s" */
  summary: string
}

export function manifestKey(collection: PdfCollection, slug: string): string {
  return `${collection}/${slug}`
}

export async function generatePdfs(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now()
  const cache = new PdfCache(options.cacheDir)
  const fingerprint = await rendererFingerprint()
  const jobs = pdfJobs(options.snapshot, options.site)
  const entries: Record<string, PdfManifestEntry> = {}
  const missing: Array<RenderRequest & { hash: string }> = []

  await Promise.all(
    jobs.map(async (job) => {
      const hash = jobHash(job, fingerprint)
      const entry: PdfManifestEntry = {
        collection: job.collection,
        slug: job.slug,
        file: job.file,
        href: withBase(`/${job.file}`, options.site.base),
        bytes: 0,
        label: `${job.title}, ${job.docType.charAt(0).toLowerCase()}${job.docType.slice(1)}`,
        hash,
      }
      entries[manifestKey(job.collection, job.slug)] = entry
      const bytes = await cache.sizeOf(hash)
      if (bytes === undefined) missing.push({ job, extras: { version: hash.slice(0, 8) }, hash })
      else entry.bytes = bytes
    }),
  )

  await renderInPool(missing, {
    threads: options.threads,
    poolFrom: options.poolFrom,
    onRendered: async (index, pdf) => {
      const { job, hash } = missing[index]!
      await cache.write(hash, pdf)
      entries[manifestKey(job.collection, job.slug)]!.bytes = pdf.byteLength
    },
  })
  await cache.prune(new Set(Object.values(entries).map((entry) => entry.hash)))

  const ms = performance.now() - started
  const made = missing.length
  const cached = jobs.length - made
  const seconds = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000)
  return {
    manifest: { contentVersion: options.snapshot.contentVersion, entries: sortedByKey(entries) },
    made,
    cached,
    ms,
    summary: `PDF's: ${made} gemaakt, ${cached} uit cache, ${seconds} s`,
  }
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
}
