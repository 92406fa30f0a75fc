/**
 * Global setup of the end-to-end tests.
 *
 * By default: the whole product as `npm start` runs it (fresh database,
 * seeded CMS, site built from its content and served), plus a second build
 * of the site under a sub-path from the same CMS.
 *
 * - SITE_URL (and SITE_SUBPATH_URL) set: test that running site only.
 * - CONTENT_SNAPSHOT set: site tests only, built from that snapshot file
 *   (quick runs while working on the site; the CMS tests need the CMS).
 */
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { prepareSite, REPO_ROOT, type PreparedSite } from './site/prepare-site.ts'
import { startProduct } from './lib/start-product.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    subpathSiteUrl: string
    /** The site built from the synthetic fixture, for templates the sources have no content for yet (fragment questions). */
    fixtureSiteUrl: string
    cmsUrl: string
    /** The draft-preview server and the secret of its tokens (empty when the CMS is not started here). */
    previewUrl: string
    previewSecret: string
    adminEmail: string
    adminPassword: string
  }
}

export const SUBPATH = '/toolkit/'

const FIXTURE = join(REPO_ROOT, 'site/test/fixtures/dev-snapshot.json')

/** Stops what did start when another part of the setup failed, and passes the first failure on. */
async function settled<T extends { stop(): Promise<void> }[]>(...starting: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(starting)
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')
  if (!failed) return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as T
  await Promise.all(results.map((result) => (result.status === 'fulfilled' ? (result.value as { stop(): Promise<void> }).stop() : undefined)))
  throw failed.reason
}

export default async function setup(project: TestProject) {
  const provideCms = (cmsUrl = '', adminEmail = '', adminPassword = '', preview = { url: process.env.PREVIEW_URL ?? '', secret: process.env.PREVIEW_SECRET ?? '' }) => {
    project.provide('cmsUrl', cmsUrl)
    project.provide('previewUrl', preview.url)
    project.provide('previewSecret', preview.secret)
    project.provide('adminEmail', adminEmail)
    project.provide('adminPassword', adminPassword)
  }
  const provideFixture = (fixture: PreparedSite) => {
    project.provide('fixtureSiteUrl', fixture.url)
    return (teardown?: () => Promise<void>) => async () => {
      await Promise.all([fixture.stop(), teardown?.()])
    }
  }
  if (process.env.SITE_URL) {
    const withFixture = provideFixture(await prepareSite({ snapshotPath: FIXTURE }))
    project.provide('siteUrl', process.env.SITE_URL)
    project.provide('subpathSiteUrl', process.env.SITE_SUBPATH_URL ?? process.env.SITE_URL)
    provideCms(process.env.CMS_URL, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD)
    return withFixture()
  }
  if (process.env.CONTENT_SNAPSHOT) {
    const source = { snapshotPath: resolve(process.env.CONTENT_SNAPSHOT) }
    const [fixture, root, subpath] = await settled(prepareSite({ snapshotPath: FIXTURE }), prepareSite(source), prepareSite(source, { base: SUBPATH }))
    const withFixture = provideFixture(fixture)
    project.provide('siteUrl', root.url)
    project.provide('subpathSiteUrl', subpath.url)
    provideCms()
    return withFixture(async () => {
      await Promise.all([root.stop(), subpath.stop()])
    })
  }

  // The fixture's site builds while the product starts: on two cores the two together take little longer than the
  // product alone (the CMS waits on its first requests, the build on its PDFs).
  const [fixture, product] = await settled(prepareSite({ snapshotPath: FIXTURE }), startProduct())
  const withFixture = provideFixture(fixture)
  console.log(`npm start: CMS en site klaar in ${(product.startupMs / 1000).toFixed(1)} s, naast de bouw van de testsite (${product.cmsUrl}, ${product.siteUrl})`)
  let subpath: PreparedSite
  try {
    subpath = await prepareSite({ cmsUrl: product.cmsUrl }, { base: SUBPATH })
  } catch (error) {
    await Promise.all([product.stop(), fixture.stop()])
    throw error
  }
  project.provide('siteUrl', product.siteUrl)
  project.provide('subpathSiteUrl', subpath.url)
  provideCms(product.cmsUrl, product.adminEmail, product.adminPassword, { url: product.previewUrl, secret: product.previewSecret })
  return withFixture(async () => {
    await Promise.all([subpath.stop(), product.stop()])
  })
}
