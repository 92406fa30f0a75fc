/**
 * The locks and process facts of scripts/build.mjs: one page build and one
 * index per output folder at a time, swaps that never interleave, whether a
 * stopped build's process still runs, and the PDF job's CPU priority.
 */
import { setPriority } from 'node:os'
import lockfile from 'proper-lockfile'

/**
 * One build of an output folder's pages at a time (`name` "bouw"), and one
 * index (`<dir>.index`, "zoekindex"): `npm start` builds the site while the
 * CMS's site-update job may start one for the same folder, and both would
 * use the same `.next` and state folders. The later build waits and then
 * builds on the earlier one's result; it waits only for the earlier one's
 * pages, not for its index. proper-lockfile removes a lock when this process
 * exits; the lock of a build that was killed goes stale after 10 s.
 * `target`: the output folder, for the message. Returns the release function.
 */
export async function waitFor(dir, name, target) {
  try {
    return await lock(dir)
  } catch (error) {
    if (error.code !== 'ELOCKED') throw error
  }
  console.log(`Er loopt al een ${name} naar ${target}; deze bouw wacht tot die klaar is …`)
  // Up to 20 minutes: a cold build of 10,000 documents takes a few.
  return lock(dir, { retries: 2400, factor: 1, minTimeout: 500, maxTimeout: 500 })
}

/** The renames that swap pages or an index into `target` never interleave (a new site without its folder, an index into nothing). */
export async function withSwapLock(target, swap) {
  const release = await lock(`${target}.swap`, { retries: 600, factor: 1, minTimeout: 50, maxTimeout: 50 })
  try {
    await swap()
  } finally {
    await release()
  }
}

/** The lock `<dir>.lock` (the folder need not exist), trying again as `retries` says (none: fails at once when held). */
function lock(dir, retries = 0) {
  return lockfile.lock(dir, { realpath: false, lockfilePath: `${dir}.lock`, stale: 10_000, retries })
}

/** Whether a process with this id runs (EPERM: it does, as another user). */
export function running(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === 'EPERM'
  }
}

/** This thread's CPU priority (inherited by the threads and processes it starts), or a process's, where the system allows it. */
export function prioritise(priority, pid = 0) {
  try {
    setPriority(pid, priority)
  } catch {
    // Not allowed here (raising it back needs the right to): the job keeps the priority it has.
  }
}
