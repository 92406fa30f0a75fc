/**
 * What scripts/build.mjs reports: the one Dutch line after a build, and the
 * output's size for the build report (BUILD_REPORT).
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** Bytes of the whole output and of its PDFs. */
export async function outputSizes(dir) {
  let outputBytes = 0
  let pdfBytes = 0
  const pdfDir = join(dir, 'pdf')
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const { size } = await stat(join(entry.parentPath, entry.name))
    outputBytes += size
    if (entry.parentPath === pdfDir || entry.parentPath.startsWith(`${pdfDir}/`)) pdfBytes += size
  }
  return { outputBytes, pdfBytes }
}

/** "12,3 s" */
export function seconds(ms) {
  return `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000)} s`
}

/** "Site gebouwd in 12,3 s, pagina’s live na 8,1 s, zoekindex na 12,2 s[, pdf’s na 40,1 s] (inhoud 1,2 s · pdf’s 0,8 s · pagina’s 6,1 s · zoekindex 3,9 s): …" */
export function logLine({ phases, pages, documents, incremental: changes }, target) {
  const count = (n, one, more) => `${new Intl.NumberFormat('nl-NL').format(n)} ${n === 1 ? one : more}`
  const how = changes
    ? `incrementeel: ${count(changes.changedDocuments, 'document', 'documenten')} gewijzigd of nieuw, ${count(changes.removedDocuments, 'document', 'documenten')} weg, ${count(changes.pagesRendered, 'pagina', 'pagina’s')} opnieuw gemaakt`
    : 'volledig'
  const index = phases.indexLiveMs === null ? 'zoekindex niet bijgewerkt' : `zoekindex na ${seconds(phases.indexLiveMs)}`
  const pdfs = phases.pdfsLiveMs === phases.pagesLiveMs ? '' : phases.pdfsLiveMs === null ? ', pdf’s door een nieuwere bouw' : `, pdf’s na ${seconds(phases.pdfsLiveMs)}`
  return (
    `Site gebouwd in ${seconds(phases.totalMs)}, pagina’s live na ${seconds(phases.pagesLiveMs)}, ${index}${pdfs} ` +
    `(inhoud ${seconds(phases.loadMs)} · pdf’s ${seconds(phases.pdfMs)} · pagina’s ${seconds(phases.renderMs)} · zoekindex ${seconds(phases.indexMs)}): ` +
    `${count(pages, 'pagina', 'pagina’s')} uit ${count(documents, 'document', 'documenten')}, ${how}; ${target}`
  )
}
