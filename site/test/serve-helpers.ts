import { rmSync } from 'node:fs'
// @ts-expect-error plain ESM script without types
import { startServer } from '../scripts/serve.mjs'

/** A folder served by the site's own server (scripts/serve.mjs) on a free local port, for one test file. */
export type ServedFolder = { origin: string; close(): void }

/** Serves `root`; `close` stops the server and removes the folder. */
export async function serveFolder(root: string): Promise<ServedFolder> {
  const { server, port } = await startServer({ root, port: 0, host: '127.0.0.1' })
  return {
    origin: `http://127.0.0.1:${port}`,
    close() {
      server.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
