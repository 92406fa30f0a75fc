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

/** What a process runs, short: its program and first script ("node astro-build.mjs"). */
async function commandOf(pid) {
  const argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0').filter(Boolean)
  const short = (arg) => arg.split('/').at(-1)
  const script = argv.slice(1).find((arg) => /\.(m?[jt]s)$/.test(arg))
  return [short(argv[0] ?? '?'), ...(script ? [short(script)] : [])].join(' ')
}

/** Each process of `pid`'s tree with its RSS (KB). */
async function processTree(pid) {
  const processes = []
  const queue = [pid]
  while (queue.length > 0) {
    const next = queue.shift()
    processes.push({ pid: next, kb: await rssKb(next) })
    queue.push(...(await children(next)))
  }
  return processes
}

/** Megabytes of RSS of `pid` and its descendants (serve.mjs → next start → workers). */
export async function processTreeRssMb(pid) {
  const processes = await processTree(pid)
  return Math.round(processes.reduce((total, { kb }) => total + kb, 0) / 1024)
}

/**
 * Samples the RSS of `pid`'s process tree every `everyMs` until `stop()`,
 * which resolves to the highest figure seen (MB). Short peaks between two
 * samples are missed, so it is a lower bound. `atPeak()` then names the
 * processes of the tree at that sample, largest first (MB), which says what
 * made the peak.
 */
export function sampleTreeRss(pid, everyMs = 250) {
  let peakKb = 0
  let peakProcesses = []
  let running = true
  const loop = (async () => {
    while (running) {
      const processes = await processTree(pid)
      const kb = processes.reduce((total, process) => total + process.kb, 0)
      // Named while they run (a process gone by the end has no command line left).
      if (kb > peakKb) [peakKb, peakProcesses] = [kb, await Promise.all(processes.filter((process) => process.kb > 0).map(async (process) => ({ ...process, command: await commandOf(process.pid) })))]
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return Math.round(peakKb / 1024)
    },
    atPeak() {
      return peakProcesses.map(({ command, kb }) => ({ command, mb: Math.round(kb / 1024) })).sort((a, b) => b.mb - a.mb)
    },
  }
}
