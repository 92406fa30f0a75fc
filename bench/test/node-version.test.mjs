/**
 * `npm start` and `npm run build` on a Node older than 24 (the pinned one
 * failed to install) must say so in Dutch, not crash on the TypeScript the
 * start scripts load (the shared default ports, schemas/src/ports.ts). An
 * old Node is played by this Node with its version set to 20 and its type
 * stripping off, as on Node 20.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const OLD_NODE = ['--no-experimental-strip-types', '--import', 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.0.0"})']

describe('the start scripts on a Node older than 24', () => {
  for (const script of ['scripts/start.mjs', 'scripts/build.mjs']) {
    it(`${script} stops with the Dutch explanation, before loading anything it cannot read`, () => {
      const run = spawnSync(process.execPath, [...OLD_NODE, script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 })
      expect(run.stderr).toContain('Node 20.0.0 draait dit script, maar de toolkit heeft Node 24 nodig.')
      expect(run.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION')
      expect(run.status).toBe(1)
    })
  }
})
