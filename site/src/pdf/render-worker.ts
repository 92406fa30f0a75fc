/**
 * Worker thread entry (tinypool): renders one job and hands the bytes back
 * transferred, not copied.
 */
import Tinypool from 'tinypool'
import type { PdfJob, RenderExtras } from './job-types.ts'
import { renderPdf } from './render.ts'

export type RenderRequest = { job: PdfJob; extras: RenderExtras }

export default async function render({ job, extras }: RenderRequest): Promise<Uint8Array> {
  // A fresh array owns its buffer, so it can be transferred (Buffer.concat may use a shared pool).
  return Tinypool.move(new Uint8Array(await renderPdf(job, extras))) as Uint8Array
}
