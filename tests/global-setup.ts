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
import type { ProvidedContext } from 'vitest'
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

type Started = { provided: Partial<ProvidedContext>; stop(): Promise<void> }

/** Everything the tests run against, started once, and what the test files get to know of it (`inject`). */
async function startEverything(): Promise<Started> {
  const cmsOf = (cmsUrl = '', adminEmail = '', adminPassword = '', preview = { url: process.env.PREVIEW_URL ?? '', secret: process.env.PREVIEW_SECRET ?? '' }) => ({
    cmsUrl,
    previewUrl: preview.url,
    previewSecret: preview.secret,
    adminEmail,
    adminPassword,
  })
  if (process.env.SITE_URL) {
    const fixture = await prepareSite({ snapshotPath: FIXTURE })
    return {
      provided: {
        fixtureSiteUrl: fixture.url,
        siteUrl: process.env.SITE_URL,
        subpathSiteUrl: process.env.SITE_SUBPATH_URL ?? process.env.SITE_URL,
        ...cmsOf(process.env.CMS_URL, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD),
      },
      stop: () => fixture.stop(),
    }
  }
  if (process.env.CONTENT_SNAPSHOT) {
    const source = { snapshotPath: resolve(process.env.CONTENT_SNAPSHOT) }
    const [fixture, root, subpath] = await settled(prepareSite({ snapshotPath: FIXTURE }), prepareSite(source), prepareSite(source, { base: SUBPATH }))
    return {
      provided: { fixtureSiteUrl: fixture.url, siteUrl: root.url, subpathSiteUrl: subpath.url, ...cmsOf() },
      stop: async () => {
        await Promise.all([fixture.stop(), root.stop(), subpath.stop()])
      },
    }
  }

  // The fixture's site builds while the product starts: on two cores the two together take little longer than the
  // product alone (the CMS waits on its first requests, the build on its PDFs).
  const [fixture, product] = await settled(prepareSite({ snapshotPath: FIXTURE }), startProduct())
  console.log(`npm start: CMS en site klaar in ${(product.startupMs / 1000).toFixed(1)} s, naast de bouw van de testsite (${product.cmsUrl}, ${product.siteUrl})`)
  let subpath: PreparedSite
  try {
    subpath = await prepareSite({ cmsUrl: product.cmsUrl }, { base: SUBPATH })
  } catch (error) {
    await Promise.all([product.stop(), fixture.stop()])
    throw error
  }
  return {
    provided: {
      fixtureSiteUrl: fixture.url,
      siteUrl: product.siteUrl,
      subpathSiteUrl: subpath.url,
      ...cmsOf(product.cmsUrl, product.adminEmail, product.adminPassword, { url: product.previewUrl, secret: product.previewSecret }),
    },
    stop: async () => {
      await Promise.all([fixture.stop(), subpath.stop(), product.stop()])
    },
  }
}

/**
 * Each project of vitest.config.ts runs this setup; the product starts once, for the first, and stops after the last
 * project's teardown.
 */
const run = globalThis as { toolkitE2E?: { started: Promise<Started>; projects: number } }

export default async function setup(project: TestProject) {
  run.toolkitE2E ??= { started: startEverything(), projects: 0 }
  const shared = run.toolkitE2E
  shared.projects += 1
  const { provided, stop } = await shared.started
  for (const [key, value] of Object.entries(provided)) project.provide(key as keyof ProvidedContext, value as never)
  return async () => {
    shared.projects -= 1
    if (shared.projects === 0) await stop()
  }
}
