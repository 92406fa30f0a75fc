/**
 * A site build's wait until its pages were live, part by part, from its
 * build report (BUILD_REPORT: `steps` and `phases`, site/src/build/phases.ts),
 * and the few formatting helpers the reasons share. Used by the goals'
 * reasons (goals.mjs) and by the publish breakdown (publish-breakdown.mjs).
 */

export const sec = (ms) => `${(ms / 1000).toFixed(1)} s`
export const count = (n) => Math.round(n).toLocaleString('en-GB')
export const sum = (values) => values.reduce((total, value) => total + value, 0)
/** "label 1.2 s, label 3.4 s" from [label, ms] pairs. */
export const list = (parts) => parts.map(([label, ms]) => `${label} ${sec(ms)}`).join(', ')

/** A build with its steps (a BUILD_REPORT that has them), or undefined. */
export const withSteps = (build) => (build?.steps && build.phases ? build : undefined)

/** The wait until a build's pages were live, part by part in the order they happen (parts under 0.1 s left out). */
export function pagesLiveParts(build) {
  const { steps, phases } = build
  const rendered = build.incremental?.pagesRendered ?? build.pages
  const parts = [
    ['Astro’s start (Node, Astro, configuration)', steps.astroStartMs],
    ['our start hooks (content, PDFs, plan)', steps.startHooksMs],
    ['Astro’s bundling before the first page renders', steps.bundleMs],
    // Rendering includes every route's getStaticPaths: per page only where every page was rendered.
    [build.incremental ? `rendering ${count(rendered)} ${rendered === 1 ? 'page' : 'pages'} (every route’s getStaticPaths included)` : `rendering ${count(rendered)} pages (${(steps.renderPagesMs / Math.max(rendered, 1)).toFixed(2)} ms each)`, steps.renderPagesMs],
    [`taking over ${count(steps.takenOver)} unchanged files`, steps.takeOverMs],
    ['after rendering (PDF links, pages read back, oEmbed files, state)', steps.afterRenderMs],
  ]
  parts.push(['the build script around Astro (locks, clean-up, swap)', phases.pagesLiveMs - sum(parts.map(([, ms]) => ms))])
  return parts.filter(([, ms]) => ms >= 100)
}
