/** Runs the site's real build (scripts/build.mjs) on a snapshot file, for tests that need built output. */
import { spawn } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

export type BuildReport = {
  phases: Record<'loadMs' | 'pdfMs' | 'renderMs' | 'indexMs' | 'totalMs' | 'pagesLiveMs', number> & {
    indexLiveMs: number | null
    /** Until the pages link every PDF: pagesLiveMs when none waited, later when PDFs followed the pages, null when a newer build linked them. */
    pdfsLiveMs: number | null
  }
  pages: number
  documents: number
  incremental: null | { changedDocuments: number; removedDocuments: number; pagesRendered: number }
  /** The live search index was kept: no indexed page changed. */
  indexKept: boolean
  /** PDFs made after the pages went live (their pages linked them in a follow-up build). */
  pdfsDeferred: number
}

const BUILD = fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))

type BuildOptions = {
  /** Snapshot file, or the CMS address (`cmsUrl`). */
  snapshot?: string
  cmsUrl?: string
  out: string
  pdfCache: string
  env?: Record<string, string>
  /** Each piece of the build's output as it comes (stdout and stderr). */
  onOutput?: (text: string) => void
}

export async function buildSite(options: BuildOptions): Promise<BuildReport & { log: string }> {
  const { code, log, report } = await runBuild(options)
  if (code !== 0) throw new Error(`De bouw faalde (code ${code}):\n${log.slice(-4000)}`)
  return { ...report!, log }
}

/** The build, also when it fails: its exit code, its output and its report (when it wrote one). */
export async function runBuild(options: BuildOptions): Promise<{ code: number; log: string; report?: BuildReport & { indexError?: string } }> {
  const report = `${options.out}.report.json`
  const env: Record<string, string | undefined> = {
    ...process.env,
    CONTENT_SNAPSHOT: options.snapshot ?? '',
    CMS_URL: options.cmsUrl ?? '',
    SITE_OUT_DIR: options.out,
    PDF_CACHE_DIR: options.pdfCache,
    BUILD_REPORT: report,
    SITE_URL: 'http://localhost:4321',
    ...options.env,
  }
  delete env.SITE_FULL_BUILD
  await rm(report, { force: true })
  const output: string[] = []
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const take = (chunk: unknown) => {
      output.push(String(chunk))
      options.onOutput?.(String(chunk))
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('error', reject)
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  const written = await readFile(report, 'utf8').catch(() => undefined)
  return { code, log: output.join(''), report: written === undefined ? undefined : JSON.parse(written) }
}
