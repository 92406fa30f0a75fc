/**
 * Renders PDF jobs: on a pool of worker threads (tinypool, one per core)
 * when there are many, otherwise in this thread. Measured on the two-core
 * machine (bench/pdf.mjs; docs/PDF.md): a worker takes about a second to
 * start (pdfkit, fonts and modules loaded in each); one thread makes 37
 * PDFs a second, the pool 51. The pool wins from about 150 PDFs (a cold
 * build); the few PDFs an edit changes are faster in this thread.
 */
import { availableParallelism } from 'node:os'
import Tinypool from 'tinypool'
import { renderPdf, type RenderRequest } from './render.ts'

export type PoolOptions = {
  /** Threads that render; 1 renders in this thread. Default: every core. */
  threads?: number
  /** Called with each finished PDF, in completion order. */
  onRendered: (index: number, pdf: Uint8Array) => Promise<void> | void
  /** From how many PDFs on the pool is used; default POOL_FROM. */
  poolFrom?: number
}

/** Below this many PDFs the build's own thread renders them: no worker start-up (see above). */
const POOL_FROM = 150

const WORKER_URL = new URL('./render.ts', import.meta.url)
/**
 * Rendering makes many short-lived objects; a young generation larger than a
 * worker's default cuts garbage collection time by about a fifth.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 48 }

export async function renderInPool(requests: readonly RenderRequest[], options: PoolOptions): Promise<void> {
  if (requests.length === 0) return
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), requests.length))
  const failed = (index: number) => (error: Error) => {
    const { collection, slug } = requests[index]!.job
    throw new Error(`PDF van ${collection}/${slug} mislukt: ${error.message}`, { cause: error })
  }
  if (threads === 1 || requests.length < (options.poolFrom ?? POOL_FROM)) {
    for (const [index, { job, extras }] of requests.entries()) {
      const pdf = await renderPdf(job, extras).catch(failed(index))
      await options.onRendered(index, new Uint8Array(pdf))
    }
    return
  }
  const pool = new Tinypool({ filename: WORKER_URL.href, minThreads: threads, maxThreads: threads, resourceLimits: RESOURCE_LIMITS })
  try {
    await Promise.all(
      requests.map(async (request, index) => {
        const pdf: Uint8Array = await pool.run(request).catch(failed(index))
        await options.onRendered(index, pdf)
      }),
    )
  } finally {
    await pool.destroy()
  }
}
