/**
 * The benchmark's baseline: the least a PDF of the same document can be —
 * bare pdfkit, standard Helvetica (not embedded), every text of the job as
 * plain lines, no tags, frame, QR code or chart, one thread.
 */
import PDFDocument from 'pdfkit'

/** Every string in a job, depth first. */
function* textsOf(value) {
  if (typeof value === 'string') yield value
  else if (Array.isArray(value)) for (const item of value) yield* textsOf(item)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* textsOf(item)
}

export async function renderBaseline(job) {
  const doc = new PDFDocument({ size: 'A4', info: { Title: job.title } })
  const chunks = []
  doc.on('data', (chunk) => chunks.push(chunk))
  const finished = new Promise((resolve) => doc.on('end', resolve))
  doc.fontSize(16).text(job.title).fontSize(10)
  for (const text of textsOf(job)) doc.text(text)
  doc.end()
  await finished
  return Buffer.concat(chunks)
}
