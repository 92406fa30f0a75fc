/**
 * The one SQLite connection a CMS process writes through, and what keeps it
 * healthy.
 *
 * Why this exists (the lost-write bug of issue 12): with Payload's SQLite
 * transactions on, libsql gives every transaction a connection of its own,
 * Payload swallows a failed COMMIT (its drizzle `beginTransaction` catches the
 * error of the transaction promise that `commitTransaction` awaits), and a
 * statement that fails with SQLITE_BUSY is never reset by libsql (its
 * `Statement.all` leaves the native row iterator behind). One such BUSY
 * (forgot-password writes outside its own transaction and deadlocks on it)
 * left a writer statement "in progress", every later COMMIT failed, and every
 * later create answered 201 and was rolled back.
 *
 * So the CMS runs SQLite without adapter transactions, on one connection per
 * process (every write commits when its statement ends), in WAL mode with a
 * busy timeout so other processes (the seed CLI, a backup) make it wait
 * instead of fail. When a statement still fails with BUSY, the connection may
 * hold that unreset statement, and later writes on it would stay uncommitted;
 * so the connection is replaced by a fresh one and the request answers 503.
 */
import { createClient, type Client, type Config, type InArgs, type InStatement, type ResultSet } from '@libsql/client'
import { APIError } from 'payload'

export type SqliteConnectionOptions = {
  /** How long a statement waits for another process's lock before it fails. */
  busyTimeoutMs: number
}

/** Message of the 503 a request gets when the database stays locked. */
export const DATABASE_BUSY_MESSAGE =
  'De database is bezet door een ander proces. Er is niets opgeslagen; probeer het over enkele seconden opnieuw.'

/** SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes (BUSY_SNAPSHOT, …). */
export function isLockError(error: unknown): boolean {
  const { code, rawCode } = (error ?? {}) as { code?: unknown; rawCode?: unknown }
  if (typeof rawCode === 'number' && [5, 6].includes(rawCode & 0xff)) return true
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

/** Opens a connection with the settings every connection of the CMS needs. */
export async function openSqliteConnection(config: Config, options: SqliteConnectionOptions): Promise<Client> {
  const client = createClient(config)
  // Per connection: wait for other processes instead of failing at once.
  await client.execute(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs))}`)
  if (config.url.startsWith('file:')) {
    // Persistent in the file: readers never block the writer and vice versa.
    await client.execute('PRAGMA journal_mode = WAL')
    // Per connection: a commit is on disk before the API acknowledges it.
    await client.execute('PRAGMA synchronous = FULL')
  }
  return client
}

/**
 * A libsql client that forwards to one live connection and swaps in a fresh
 * one after a lock error, so a statement libsql left unreset can never hold
 * later writes back. The lock error reaches the caller as a 503.
 */
export class SelfHealingSqliteClient implements Client {
  #current: Client
  readonly #config: Config
  readonly #options: SqliteConnectionOptions
  /** How often the connection was replaced; for tests and logs. */
  replacements = 0

  private constructor(first: Client, config: Config, options: SqliteConnectionOptions) {
    this.#current = first
    this.#config = config
    this.#options = options
  }

  static async open(config: Config, options: SqliteConnectionOptions): Promise<SelfHealingSqliteClient> {
    return new SelfHealingSqliteClient(await openSqliteConnection(config, options), config, options)
  }

  get closed(): boolean {
    return this.#current.closed
  }

  get protocol(): string {
    return this.#current.protocol
  }

  execute(stmt: InStatement): Promise<ResultSet>
  execute(sql: string, args?: InArgs): Promise<ResultSet>
  execute(stmtOrSql: InStatement | string, args?: InArgs) {
    const stmt: InStatement = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args: args ?? [] } : stmtOrSql
    return this.#guard((client) => client.execute(stmt))
  }

  batch(...params: Parameters<Client['batch']>) {
    return this.#guard((client) => client.batch(...params))
  }

  migrate(...params: Parameters<Client['migrate']>) {
    return this.#guard((client) => client.migrate(...params))
  }

  executeMultiple(...params: Parameters<Client['executeMultiple']>) {
    return this.#guard((client) => client.executeMultiple(...params))
  }

  // Not used while adapter transactions are off; forwarded for completeness.
  transaction(...params: Parameters<Client['transaction']>) {
    return this.#current.transaction(...params)
  }

  sync() {
    return this.#current.sync()
  }

  close(): void {
    this.#current.close()
  }

  async #guard<T>(run: (client: Client) => Promise<T>): Promise<T> {
    const client = this.#current
    try {
      return await run(client)
    } catch (error) {
      if (!isLockError(error)) throw error
      await this.#replace(client)
      throw new APIError(DATABASE_BUSY_MESSAGE, 503, null, true)
    }
  }

  async #replace(failed: Client): Promise<void> {
    if (this.#current !== failed) return
    this.#current = await openSqliteConnection(this.#config, this.#options)
    this.replacements += 1
    try {
      // Rolls back whatever the failed connection still had open.
      failed.close()
    } catch {
      // Closing a connection with a statement libsql left behind may throw; it is discarded either way.
    }
  }
}
