import { describe, expect, it } from 'vitest'
import { DEFAULT_SQLITE_FILE, databaseAdapter, databaseKind, sqliteUrl } from '../src/database.ts'

describe('database selection', () => {
  it.each([
    ['mongodb://localhost:27017/toolkit', 'mongodb'],
    ['mongodb+srv://user:pw@cluster.example.net/toolkit', 'mongodb'],
    ['file:./data/toolkit.db', 'sqlite'],
    ['/var/lib/toolkit/toolkit.db', 'sqlite'],
    [undefined, 'sqlite'],
  ])('%s → %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })

  it('chooses the MongoDB adapter for a MongoDB URL', () => {
    expect(databaseAdapter('mongodb://localhost:27017/toolkit').name).toBe('mongoose')
  })

  it('chooses the SQLite adapter by default, with committed migrations for production', () => {
    const adapter = databaseAdapter(undefined)
    expect(adapter.name).toBe('sqlite')
  })

  it('keeps the embedded database in a git-ignored file by default', () => {
    expect(sqliteUrl(undefined)).toBe(`file:${DEFAULT_SQLITE_FILE}`)
    expect(DEFAULT_SQLITE_FILE).toMatch(/cms\/data\/toolkit\.db$/)
  })
})
