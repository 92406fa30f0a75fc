/**
 * Global setup of the site's end-to-end tests: builds the site from a
 * content snapshot and serves it twice — at the root and under a sub-path —
 * then hands the addresses to the tests (`inject('siteUrl')`).
 *
 * - SITE_URL (and SITE_SUBPATH_URL) set: test that running site, build nothing.
 * - CONTENT_SNAPSHOT set: build from that snapshot file.
 * - otherwise: build from the site's synthetic development fixture.
 *
 * A setup that starts and seeds the CMS first only has to call
 * `prepareSite({ cmsUrl })` instead of `prepareSite({ snapshotPath })`.
 */
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { prepareSite, REPO_ROOT, type PreparedSite, type SnapshotSource } from './prepare-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    subpathSiteUrl: string
  }
}

export const SUBPATH = '/toolkit/'

export default async function setup(project: TestProject) {
  if (process.env.SITE_URL) {
    project.provide('siteUrl', process.env.SITE_URL)
    project.provide('subpathSiteUrl', process.env.SITE_SUBPATH_URL ?? process.env.SITE_URL)
    return
  }
  const source: SnapshotSource = {
    snapshotPath: process.env.CONTENT_SNAPSHOT
      ? resolve(process.env.CONTENT_SNAPSHOT)
      : join(REPO_ROOT, 'site/test/fixtures/dev-snapshot.json'),
  }
  const sites: PreparedSite[] = []
  try {
    sites.push(await prepareSite(source))
    sites.push(await prepareSite(source, { base: SUBPATH }))
  } catch (error) {
    await Promise.all(sites.map((site) => site.stop()))
    throw error
  }
  const [root, subpath] = sites as [PreparedSite, PreparedSite]
  console.log(`Site gebouwd in ${root.buildMs} ms: ${root.url} (sub-pad: ${subpath.url})`)
  project.provide('siteUrl', root.url)
  project.provide('subpathSiteUrl', subpath.url)
  return async () => {
    await Promise.all(sites.map((site) => site.stop()))
  }
}
