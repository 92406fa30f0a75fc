/**
 * Worker thread entry: renders the jobs the pool sends, one at a time, and
 * sends the bytes back (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads'
import type { PdfJob, RenderExtras } from './job-types.ts'
import { renderPdf } from './render.ts'

export type RenderRequest = { job: PdfJob; extras: RenderExtras }
export type RenderReply = { pdf: Uint8Array } | { error: string }

parentPort?.on('message', async ({ job, extras }: RenderRequest) => {
  try {
    // A fresh array owns its buffer, so it can be transferred (Buffer.concat may use a shared pool).
    const pdf = new Uint8Array(await renderPdf(job, extras))
    parentPort!.postMessage({ pdf } satisfies RenderReply, [pdf.buffer])
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply)
  }
})
