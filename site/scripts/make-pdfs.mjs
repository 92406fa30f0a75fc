#!/usr/bin/env node
/**
 * Makes the PDFs a build left for after its pages (the job file of
 * src/pdf/deferred.ts, first argument) into the PDF cache, with a line every
 * 5 seconds ("PDF's: 120 van 2.000 …"), and tells scripts/build.mjs how many
 * it made. A process of its own: what making them holds (the jobs, the
 * render threads' results) goes when it exits, instead of staying in
 * build.mjs beside the follow-up build (567 MB at 10,000 documents, where
 * the build's memory peaked).
 */
import { makeDeferredPdfs } from '../src/pdf/deferred.ts'

const format = (n) => new Intl.NumberFormat('nl-NL').format(n)
let shown
// Those another build made meanwhile count as done.
const made = await makeDeferredPdfs(process.argv[2], (done, total) => {
  if (shown !== undefined && done !== total && performance.now() - shown < 5_000) return
  shown = performance.now()
  console.log(`PDF's: ${format(done)} van ${format(total)} …`)
})
process.send?.({ made })
