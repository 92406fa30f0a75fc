/**
 * A vitest sequencer that starts the named slow files first. Vitest orders files by how long they took in the last
 * run on this checkout, and by size when it has no such record, as on a fresh clone (CI): a small but slow file
 * (one that visits every page, or builds the site a dozen times) then starts last and runs alone on one core while
 * the other is idle. Longest first keeps both busy to the end.
 *
 * The list is a hint only: a file not in it keeps vitest's order, a name in it that no longer exists does nothing.
 */
import { BaseSequencer } from 'vitest/node'

/** @param {string[]} slowFiles paths relative to the vitest root, slowest first */
export function slowFirst(slowFiles) {
  return class SlowFirstSequencer extends BaseSequencer {
    /** @param {import('vitest/node').TestSpecification[]} files */
    async sort(files) {
      const sorted = await super.sort(files)
      const rank = (spec) => {
        const index = slowFiles.findIndex((file) => spec.moduleId.endsWith(`/${file}`))
        return index === -1 ? slowFiles.length : index
      }
      // Within each project only: vitest's order of the projects (sequence.groupOrder) stays as it is.
      const runs = []
      for (const spec of sorted) {
        const last = runs.at(-1)
        if (last && last[0].project === spec.project) last.push(spec)
        else runs.push([spec])
      }
      return runs.flatMap((run) => run.map((spec, order) => ({ spec, order })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.order - b.order).map(({ spec }) => spec))
    }
  }
}
