/**
 * Generates every PDF of a snapshot into the cache and returns the manifest
 * pages read their links and sizes from. Only jobs whose hash is not cached
 * are rendered (worker-pool.ts); the rest cost one stat each.
 *
 * With `inlineUpTo`, a build that finds more PDFs missing than that renders
 * none of them: they come back as `deferred` and are left out of the
 * manifest, so no page links a PDF that does not exist yet
 * (scripts/build.mjs makes them after the pages are live, deferred.ts).
 */
import { createHash } from 'node:crypto'
import type { Snapshot } from '@toolkit/schemas'
import { canonicalJson } from '../build/hash.ts'
import { withBase } from '../lib/routes.ts'
import { rendererFingerprint } from './fingerprint.ts'
import type { PdfCollection, SiteContext } from './job-types.ts'
import { pdfJobs } from './jobs.ts'
import { PdfCache } from './pdf-cache.ts'
import type { RenderRequest } from './render.ts'
import { renderInPool, type PoolOptions } from './worker-pool.ts'

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

/** With the worker pool's `threads` and `poolFrom` (worker-pool.ts; for tests and the benchmark). */
export type GenerateOptions = Omit<PoolOptions, 'onRendered'> & {
  snapshot: Snapshot
  site: SiteContext
  cacheDir: string
  /** Render the missing PDFs only when at most this many are missing; otherwise return them as `deferred`. Default: always render. */
  inlineUpTo?: number
}

/** A PDF not made yet: what to render and the cache key to write it under. */
export type DeferredPdf = RenderRequest & { hash: string }

export type GenerateResult = {
  manifest: PdfManifest
  /** Rendered in this run. */
  made: number
  /** Taken from the cache. */
  cached: number
  /** Missing and not rendered (more than `inlineUpTo`): not in the manifest. */
  deferred: DeferredPdf[]
  /** "PDF's: 12 gemaakt, 52 uit cache, 1,8 s" */
  summary: string
}

function manifestKey(collection: PdfCollection, slug: string): string {
  return `${collection}/${slug}`
}

export async function generatePdfs(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now()
  const cache = new PdfCache(options.cacheDir)
  const fingerprint = await rendererFingerprint()
  const jobs = pdfJobs(options.snapshot, options.site)
  const entries: Record<string, PdfManifestEntry> = {}
  const missing: DeferredPdf[] = []

  await Promise.all(
    jobs.map(async (job) => {
      // The cache key: the renderer's fingerprint and the job as canonical JSON (build/hash.ts).
      const hash = createHash('sha256').update(fingerprint).update('\n').update(canonicalJson(job)).digest('hex')
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

  // Every PDF of this content is in use, made now or later: none of them is pruned.
  await cache.prune(new Set(Object.values(entries).map((entry) => entry.hash)))
  const deferred = options.inlineUpTo !== undefined && missing.length > options.inlineUpTo ? missing : []
  if (deferred.length > 0) for (const { job } of deferred) delete entries[manifestKey(job.collection, job.slug)]
  else {
    await renderInPool(missing, {
      ...options,
      onRendered: async (index, pdf) => {
        const { job, hash } = missing[index]!
        await cache.write(hash, pdf)
        entries[manifestKey(job.collection, job.slug)]!.bytes = pdf.byteLength
      },
    })
  }

  const ms = performance.now() - started
  const made = missing.length - deferred.length
  const cached = jobs.length - missing.length
  const seconds = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000)
  const later = deferred.length > 0 ? `, ${deferred.length} na de pagina's` : ''
  return {
    manifest: {
      contentVersion: options.snapshot.contentVersion,
      entries: Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))),
    },
    made,
    cached,
    deferred,
    summary: `PDF's: ${made} gemaakt, ${cached} uit cache${later}, ${seconds} s`,
  }
}
