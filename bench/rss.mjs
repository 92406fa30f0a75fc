/** Resident memory of a process and all its descendants, from /proc (Linux). */
import { readdir, readFile } from 'node:fs/promises'

async function children(pid) {
  try {
    const tasks = await readdir(`/proc/${pid}/task`)
    const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')))
    return lists.join(' ').split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

async function rssKb(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** Megabytes of RSS of `pid` and its descendants (serve.mjs → next start → workers). */
export async function processTreeRssMb(pid) {
  let total = 0
  const queue = [pid]
  while (queue.length > 0) {
    const next = queue.shift()
    total += await rssKb(next)
    queue.push(...(await children(next)))
  }
  return Math.round(total / 1024)
}

/**
 * Samples the RSS of `pid`'s process tree every `everyMs` until `stop()`,
 * which resolves to the highest figure seen (MB). Short peaks between two
 * samples are missed, so it is a lower bound.
 */
export function sampleTreeRss(pid, everyMs = 250) {
  let peakMb = 0
  let running = true
  const loop = (async () => {
    while (running) {
      peakMb = Math.max(peakMb, await processTreeRssMb(pid))
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return peakMb
    },
  }
}
