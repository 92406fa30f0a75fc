/** What the figures were measured on: they mean little without the machine and its load. */
import { arch, cpus, hostname, loadavg, platform, release, totalmem } from 'node:os'

export function machine() {
  const cores = cpus()
  return {
    hostname: hostname(),
    platform: `${platform()} ${release()} ${arch()}`,
    cpu: cores[0]?.model ?? 'onbekend',
    cores: cores.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  }
}

/** The 1, 5 and 15 minute load averages, rounded. */
export function loadAverage() {
  return loadavg().map((value) => Number(value.toFixed(2)))
}
