/**
 * Runs before every test file. The files of a worker share its process (`isolate: false` in vitest.config.ts), so
 * Payload, Drizzle and the database drivers are loaded once per worker instead of once per file, about 5 s each
 * time. Everything a file could otherwise inherit from the file before it starts over here: the environment as the
 * worker got it, Payload's cache of initialised instances (getPayload keeps them on `global._payload`), and the
 * toolkit's own modules, evaluated again for each file.
 */
import { vi } from 'vitest'

const worker = globalThis as { _payload?: Map<string, unknown>; toolkitEnvAtStart?: Record<string, string | undefined> }

worker.toolkitEnvAtStart ??= { ...process.env }
for (const name of Object.keys(process.env)) if (!(name in worker.toolkitEnvAtStart)) delete process.env[name]
Object.assign(process.env, worker.toolkitEnvAtStart)
// Payload's SQLite adapter skips the schema push when the schema equals the last one pushed in this process (a
// module-level cache); each file's fresh database needs it. PAYLOAD_FORCE_DRIZZLE_PUSH is the adapter's own switch.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
worker._payload?.clear()
vi.resetModules()
