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
import { makeDeferredPdfs, readDeferred } from '../src/pdf/deferred.ts'

const deferred = await readDeferred(process.argv[2])
const format = (n) => new Intl.NumberFormat('nl-NL').format(n)
let shown = 0
const made = await makeDeferredPdfs(deferred, {
  onProgress: (done, todo) => {
    if (done !== 0 && done !== todo && performance.now() - shown < 5_000) return
    shown = performance.now()
    // Those another build made meanwhile count as done.
    console.log(`PDF's: ${format(done + deferred.pdfs.length - todo)} van ${format(deferred.pdfs.length)} …`)
  },
})
process.send?.({ made })
