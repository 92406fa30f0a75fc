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

export default async function setup(project: TestProject) {
  const fixture = await prepareSite({ snapshotPath: FIXTURE })
  project.provide('fixtureSiteUrl', fixture.url)
  const withFixture = (teardown?: () => Promise<void>) => async () => {
    await Promise.all([fixture.stop(), teardown?.()])
  }
  const provideCms = (cmsUrl = '', adminEmail = '', adminPassword = '', preview = { url: process.env.PREVIEW_URL ?? '', secret: process.env.PREVIEW_SECRET ?? '' }) => {
    project.provide('cmsUrl', cmsUrl)
    project.provide('previewUrl', preview.url)
    project.provide('previewSecret', preview.secret)
    project.provide('adminEmail', adminEmail)
    project.provide('adminPassword', adminPassword)
  }
  if (process.env.SITE_URL) {
    project.provide('siteUrl', process.env.SITE_URL)
    project.provide('subpathSiteUrl', process.env.SITE_SUBPATH_URL ?? process.env.SITE_URL)
    provideCms(process.env.CMS_URL, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD)
    return withFixture()
  }
  if (process.env.CONTENT_SNAPSHOT) {
    const source = { snapshotPath: resolve(process.env.CONTENT_SNAPSHOT) }
    const root = await prepareSite(source)
    const subpath = await prepareSite(source, { base: SUBPATH }).catch(async (error) => {
      await Promise.all([root.stop(), fixture.stop()])
      throw error
    })
    project.provide('siteUrl', root.url)
    project.provide('subpathSiteUrl', subpath.url)
    provideCms()
    return withFixture(async () => {
      await Promise.all([root.stop(), subpath.stop()])
    })
  }

  const product = await startProduct().catch(async (error) => {
    await fixture.stop()
    throw error
  })
  console.log(`npm start: CMS en site klaar in ${(product.startupMs / 1000).toFixed(1)} s (${product.cmsUrl}, ${product.siteUrl})`)
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
