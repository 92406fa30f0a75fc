/**
 * Renders the site's own components in a test, as the draft preview server
 * does (scripts/preview-server.mjs): Astro's Vite config in development mode,
 * Astro's container renderer, and no PDFs (a draft has none). `use` gets a
 * module loader; the server is closed afterwards.
 */
import path from 'node:path'

type Load = (id: string) => Promise<Record<string, any>>

export async function withSiteModules<T>(use: (load: Load) => Promise<T>): Promise<T> {
  const { createServer } = await import('vite')
  const { getViteConfig } = await import('astro/config')
  const siteDir = path.resolve(import.meta.dirname, '..')
  const noPdfs = {
    name: 'test:no-pdfs',
    enforce: 'pre' as const,
    resolveId: (id: string) => (id === 'virtual:toolkit-pdf' ? '\0virtual:toolkit-pdf-test' : undefined),
    load: (id: string) => (id === '\0virtual:toolkit-pdf-test' ? 'export default {}' : undefined),
  }
  const config = await getViteConfig(
    { plugins: [noPdfs], server: { middlewareMode: true, hmr: false, ws: false, watch: null }, appType: 'custom', logLevel: 'silent' },
    { root: siteDir, logLevel: 'silent' },
  )({ mode: 'development', command: 'serve' })
  const vite = await createServer({ ...config, configFile: false })
  try {
    return await use((id) => vite.ssrLoadModule(id))
  } finally {
    await vite.close()
  }
}
