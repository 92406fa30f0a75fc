/**
 * What scripts/build.mjs reports: the one Dutch line after a build. (The
 * output's size is the benchmark's to count, bench/tree-size.mjs: counted
 * here it took 4 s of every build at 10,000 documents.)
 */

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
